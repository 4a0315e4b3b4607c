package io.ormdantic.internal.dialect;

import java.util.List;

import io.ormdantic.internal.mapping.ColumnType;

/** PostgreSQL: {@code $n} markers, native UUID, JSONB, {@code ON CONFLICT ... DO UPDATE}. */
public final class PostgresDialect extends Dialect {

	/** The PostgreSQL dialect. */
	public PostgresDialect() {
		super("current_schema()", "TEXT", "BYTEA", "JSONB");
	}

	@Override
	public String name() {
		return "PostgreSQL";
	}

	@Override
	public String valueMarker(ColumnType type, int index) {
		// JSON travels as text; the cast lets PostgreSQL parse it into JSONB without a driver-specific type.
		return type == ColumnType.JSON ? "CAST(" + bindMarker(index) + " AS JSONB)" : bindMarker(index);
	}

	@Override
	public String upsert(String table, List<String> columns, List<String> values) {
		String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", values) + ") ON CONFLICT (" + columns.get(0) + ")";
		return columns.size() == 1 ? insert + " DO NOTHING"
				: insert + " DO UPDATE SET " + assignments(columns, "%c = EXCLUDED.%c");
	}

}
