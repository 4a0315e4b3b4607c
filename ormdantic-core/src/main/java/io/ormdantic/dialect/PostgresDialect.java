package io.ormdantic.dialect;

import java.util.List;

import io.ormdantic.mapping.ColumnModel;
import io.ormdantic.mapping.ColumnType;

/** PostgreSQL: {@code $n} markers, native UUID, JSONB, {@code ON CONFLICT ... DO UPDATE}. */
public final class PostgresDialect extends Dialect {

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
	protected String unboundedText(ColumnModel column) {
		return "TEXT";
	}

	@Override
	protected String binaryType() {
		return "BYTEA";
	}

	@Override
	protected String jsonType() {
		return "JSONB";
	}

	@Override
	public String upsert(String table, List<String> columns, List<String> values) {
		String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", values) + ") ON CONFLICT (" + columns.get(0) + ")";
		return columns.size() == 1 ? insert + " DO NOTHING"
				: insert + " DO UPDATE SET " + assignments(columns, "%c = EXCLUDED.%c");
	}

	@Override
	public String tablesQuery() {
		return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
	}

	@Override
	public String columnsQuery() {
		return "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
	}
}
