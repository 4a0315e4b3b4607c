package io.ormdantic.internal.dialect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ormdantic.internal.mapping.ColumnType;

/** H2 2.x: {@code $n} markers, {@code MERGE ... KEY}, JSON values bound as {@code ? FORMAT JSON}. */
public final class H2Dialect extends Dialect {

	/** r2dbc-h2's {@code setStatementTimeout} does nothing; H2's session setting stops the statement. */
	@Override
	public String statementTimeoutStatement(Duration timeout) {
		return "SET QUERY_TIMEOUT " + timeout.toMillis();
	}


	/** The H2 dialect. */
	public H2Dialect() {
		super("CURRENT_SCHEMA", "CHARACTER VARYING", "VARBINARY", "JSON");
	}

	@Override
	public String name() {
		return "H2";
	}

	@Override
	public String valueMarker(ColumnType type, int index) {
		// Without FORMAT JSON, H2 stores a bound string as a JSON string literal instead of parsing it.
		return type == ColumnType.JSON ? bindMarker(index) + " FORMAT JSON" : bindMarker(index);
	}

	@Override
	public Upsert.Statement upsert(Upsert upsert) {
		String columns = String.join(", ", upsert.columns());
		String version = upsert.version();
		if (version == null && upsert.assigned().size() == upsert.columns().size() - 1) {
			return new Upsert.Statement("MERGE INTO " + upsert.table() + " (" + columns + ") KEY (" + upsert.key()
					+ ") VALUES (" + String.join(", ", upsert.values()) + ")", 0, Upsert.Outcome.WRITTEN);
		}
		// Standard MERGE: some columns are kept (a creation time), or the row is updated only under its version.
		String incoming = "incoming";
		StringBuilder sql = new StringBuilder("MERGE INTO ").append(upsert.table()).append(" USING (VALUES (")
			.append(String.join(", ", upsert.values())).append(")) ").append(incoming).append(" (").append(columns)
			.append(") ON ").append(upsert.table()).append('.').append(upsert.key()).append(" = ").append(incoming)
			.append('.').append(upsert.key());
		List<String> set = new ArrayList<>();
		upsert.assigned().forEach(column -> set.add(column + " = " + incoming + "." + column));
		if (version != null) {
			set.add(version + " = " + upsert.table() + "." + version + " + 1");
		}
		if (!set.isEmpty()) {
			sql.append(" WHEN MATCHED");
			if (version != null) {
				sql.append(" AND ").append(upsert.table()).append('.').append(version).append(" = ")
					.append(bindMarker(upsert.expectedVersion()));
			}
			sql.append(" THEN UPDATE SET ").append(String.join(", ", set));
		}
		sql.append(" WHEN NOT MATCHED THEN INSERT (").append(columns).append(") VALUES (")
			.append(assignments(upsert.columns(), incoming + ".%c")).append(')');
		if (version == null) {
			return new Upsert.Statement(sql.toString(), 0, Upsert.Outcome.WRITTEN);
		}
		// The final table holds the row as the statement left it, and no row when another version kept it unchanged.
		return new Upsert.Statement("SELECT " + version + " FROM FINAL TABLE (" + sql + ")", 1, Upsert.Outcome.RETURNED_VERSION);
	}


	@Override
	public String indexesQuery() {
		return "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION, i.INDEX_TYPE_NAME = 'UNIQUE INDEX' "
				+ "FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA "
				+ "AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME "
				+ "WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.INDEX_TYPE_NAME <> 'PRIMARY KEY'";
	}

	@Override
	public Set<String> catalogTypes(ColumnType type) {
		return switch (type) {
			case STRING, ENUM -> Set.of("character varying");
			case INTEGER -> Set.of("integer");
			case LONG, DURATION -> Set.of("bigint");
			case SHORT -> Set.of("smallint");
			case DOUBLE -> Set.of("double precision");
			case FLOAT -> Set.of("real");
			case DECIMAL -> Set.of("decimal", "numeric");
			case BOOLEAN -> Set.of("boolean");
			case UUID -> Set.of("uuid");
			case DATE -> Set.of("date");
			case TIME -> Set.of("time");
			case DATETIME -> Set.of("timestamp");
			case INSTANT, OFFSET_DATETIME -> Set.of("timestamp with time zone");
			case BYTES -> Set.of("binary varying");
			case JSON -> Set.of("json");
		};
	}

	@Override
	public String dropNotNull(String table, String column, String type) {
		return "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NULL";
	}

}
