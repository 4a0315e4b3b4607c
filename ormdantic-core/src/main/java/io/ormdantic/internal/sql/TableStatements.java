package io.ormdantic.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.dialect.Upsert;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnRole;
import io.ormdantic.internal.mapping.TableModel;
import org.jspecify.annotations.Nullable;

/**
 * The write statements of one table (insert, multi-row insert, update, upsert, delete, exists), rendered once
 * per table and row count and then reused; values are bound by the caller in {@link #columns(boolean)} order.
 */
public final class TableStatements {

	private final TableModel model;

	private final Dialect dialect;

	private final String table;

	private final String keyCondition;

	private final @Nullable String deleteVersioned;

	private final Map<Integer, String> insertsWithKey = new ConcurrentHashMap<>();

	private final Map<Integer, String> insertsWithoutKey = new ConcurrentHashMap<>();

	private final List<ColumnModel> updated;

	private final String update;

	private final Upsert.Statement upsert;

	/** Renders the fixed statements of a table. */
	public TableStatements(TableModel model, Dialect dialect) {
		this.model = model;
		this.dialect = dialect;
		this.table = dialect.quote(model.name());
		List<ColumnModel> columns = model.columns();
		String key = dialect.quote(model.primaryKey().column());
		this.keyCondition = key + " = " + dialect.bindMarker(0);
		// An update writes neither the key, nor the version (the statement counts it up), nor a creation time.
		this.updated = columns.stream()
			.filter(c -> !c.primaryKey() && c.role() != ColumnRole.VERSION && c.role() != ColumnRole.CREATED_AT)
			.toList();
		ColumnModel version = model.version();
		String quotedVersion = version == null ? null : dialect.quote(version.column());
		List<String> set = new ArrayList<>();
		for (int i = 0; i < this.updated.size(); i++) {
			ColumnModel column = this.updated.get(i);
			set.add(dialect.quote(column.column()) + " = " + dialect.valueMarker(column.type(), i));
		}
		if (quotedVersion != null) {
			set.add(quotedVersion + " = " + quotedVersion + " + 1");
		}
		if (set.isEmpty()) {
			set.add(key + " = " + key);
		}
		int keyMarker = this.updated.size();
		this.update = "UPDATE " + this.table + " SET " + String.join(", ", set) + " WHERE " + key + " = "
				+ dialect.bindMarker(keyMarker)
				+ (quotedVersion == null ? "" : " AND " + quotedVersion + " = " + dialect.bindMarker(keyMarker + 1));
		this.upsert = dialect.upsert(new Upsert(this.table, quotedColumns(columns), markers(columns, 0),
				quotedColumns(this.updated), quotedVersion, columns.size()));
		this.deleteVersioned = quotedVersion == null ? null
				: "DELETE FROM " + this.table + " WHERE " + this.keyCondition + " AND " + quotedVersion + " = "
						+ dialect.bindMarker(1);
	}

	/** The columns an insert binds: every column, or every column but a database-generated key. */
	public List<ColumnModel> columns(boolean withKey) {
		List<ColumnModel> columns = this.model.columns();
		return withKey ? columns : columns.subList(1, columns.size());
	}

	/** {@code INSERT INTO t (...) VALUES (...), ...} for {@code rows} rows. */
	public String insert(boolean withKey, int rows) {
		Map<Integer, String> cache = withKey ? this.insertsWithKey : this.insertsWithoutKey;
		return cache.computeIfAbsent(rows, n -> renderInsert(columns(withKey), n));
	}

	private String renderInsert(List<ColumnModel> columns, int rows) {
		StringBuilder sql = new StringBuilder("INSERT INTO ").append(this.table).append(" (")
			.append(String.join(", ", quotedColumns(columns))).append(") VALUES ");
		for (int row = 0; row < rows; row++) {
			sql.append(row > 0 ? ", " : "").append('(')
				.append(String.join(", ", markers(columns, row * columns.size()))).append(')');
		}
		return sql.toString();
	}

	/**
	 * {@code UPDATE t SET <updated columns>[, version = version + 1] WHERE key = ?[ AND version = ?]}: binds the
	 * {@link #updated()} columns, then the key, then the expected version.
	 */
	public String update() {
		return this.update;
	}

	/** The columns an update writes, in bind order: not the key, the version or a creation time. */
	public List<ColumnModel> updated() {
		return this.updated;
	}

	/** The text of the insert-or-update by key. */
	public String upsert() {
		return this.upsert.sql();
	}

	/** The insert-or-update by key: binds every column, key first, then the expected version as often as it says. */
	public Upsert.Statement upsertStatement() {
		return this.upsert;
	}

	/** {@code DELETE FROM t WHERE key = ? AND version = ?}, or null when the model has no version. */
	public @Nullable String deleteVersioned() {
		return this.deleteVersioned;
	}

	/** {@code DELETE FROM t WHERE key = ?}. */
	public String delete() {
		return "DELETE FROM " + this.table + " WHERE " + this.keyCondition;
	}

	/** {@code SELECT 1 FROM t WHERE key = ?}. */
	public String exists() {
		return "SELECT 1 FROM " + this.table + " WHERE " + this.keyCondition;
	}

	/** The most rows one multi-row insert carries, within the dialect's bind parameters per insert. */
	public int rowsPerInsert(boolean withKey) {
		int perRow = Math.max(1, columns(withKey).size());
		return Math.max(1, Math.min(1000, this.dialect.bindParametersPerInsert() / perRow));
	}

	private List<String> quotedColumns(List<ColumnModel> columns) {
		return columns.stream().map(c -> this.dialect.quote(c.column())).collect(Collectors.toList());
	}

	private List<String> markers(List<ColumnModel> columns, int first) {
		List<String> markers = new ArrayList<>(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			markers.add(this.dialect.valueMarker(columns.get(i).type(), first + i));
		}
		return markers;
	}
}
