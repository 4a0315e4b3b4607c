package io.ormdantic.internal.dialect;

import java.util.List;

import io.ormdantic.internal.mapping.ColumnType;

/** H2 2.x: {@code $n} markers, {@code MERGE ... KEY}, JSON values bound as {@code ? FORMAT JSON}. */
public final class H2Dialect extends Dialect {

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
	public String upsert(String table, List<String> columns, List<String> values) {
		return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + columns.get(0) + ") VALUES ("
				+ String.join(", ", values) + ")";
	}

}
