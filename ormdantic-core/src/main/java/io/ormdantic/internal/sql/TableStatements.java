package io.ormdantic.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;

/**
 * The write statements of one table (insert, multi-row insert, update, upsert, delete, exists), rendered once
 * per table and row count and then reused; values are bound by the caller in {@link #columns(boolean)} order.
 */
public final class TableStatements {

	private final TableModel model;

	private final Dialect dialect;

	private final String table;

	private final String keyCondition;

	private final Map<Integer, String> insertsWithKey = new ConcurrentHashMap<>();

	private final Map<Integer, String> insertsWithoutKey = new ConcurrentHashMap<>();

	private final String update;

	private final String upsert;

	/** Renders the fixed statements of a table. */
	public TableStatements(TableModel model, Dialect dialect) {
		this.model = model;
		this.dialect = dialect;
		this.table = dialect.quote(model.name());
		List<ColumnModel> columns = model.columns();
		this.keyCondition = dialect.quote(model.primaryKey().column()) + " = " + dialect.bindMarker(0);
		StringBuilder update = new StringBuilder("UPDATE ").append(this.table).append(" SET ");
		for (int i = 1; i < columns.size(); i++) {
			ColumnModel column = columns.get(i);
			update.append(i > 1 ? ", " : "").append(dialect.quote(column.column())).append(" = ")
				.append(dialect.valueMarker(column.type(), i - 1));
		}
		this.update = update.append(" WHERE ").append(dialect.quote(model.primaryKey().column())).append(" = ")
			.append(dialect.bindMarker(columns.size() - 1)).toString();
		this.upsert = dialect.upsert(this.table, quotedColumns(columns), markers(columns, 0));
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

	/** {@code UPDATE t SET <non-key columns> WHERE key = ?}: binds non-key columns, then the key. */
	public String update() {
		return this.update;
	}

	/** Insert-or-update by key: binds every column, key first. */
	public String upsert() {
		return this.upsert;
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
