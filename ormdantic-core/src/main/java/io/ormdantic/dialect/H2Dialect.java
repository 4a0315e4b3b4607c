package io.ormdantic.dialect;

import java.util.List;

import io.ormdantic.mapping.ColumnModel;
import io.ormdantic.mapping.ColumnType;

/** H2 2.x: {@code $n} markers, {@code MERGE ... KEY}, JSON values bound as {@code ? FORMAT JSON}. */
public final class H2Dialect extends Dialect {

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
	public String sqlType(ColumnModel column) {
		return switch (column.type()) {
			case STRING -> varchar(column, "CHARACTER VARYING");
			case INTEGER -> "INTEGER";
			case LONG, DURATION -> "BIGINT";
			case SHORT -> "SMALLINT";
			case DOUBLE -> "DOUBLE PRECISION";
			case FLOAT -> "REAL";
			case DECIMAL -> decimal(column);
			case BOOLEAN -> "BOOLEAN";
			case UUID -> "UUID";
			case DATE -> "DATE";
			case TIME -> "TIME(6)";
			case DATETIME -> "TIMESTAMP(6)";
			case INSTANT, OFFSET_DATETIME -> "TIMESTAMP(6) WITH TIME ZONE";
			case BYTES -> "VARBINARY";
			case ENUM -> "VARCHAR(255)";
			case JSON -> "JSON";
		};
	}

	@Override
	public String upsert(String table, List<String> columns, List<String> values) {
		return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + columns.get(0) + ") VALUES ("
				+ String.join(", ", values) + ")";
	}

	@Override
	public String tablesQuery() {
		return "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA";
	}

	@Override
	public String columnsQuery() {
		return "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA";
	}
}
