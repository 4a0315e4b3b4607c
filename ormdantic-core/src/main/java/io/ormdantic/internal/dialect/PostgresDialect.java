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
	public Upsert.Statement upsert(Upsert upsert) {
		String sql = "INSERT INTO " + upsert.table() + " (" + String.join(", ", upsert.columns()) + ") VALUES ("
				+ String.join(", ", upsert.values()) + ") ON CONFLICT (" + upsert.key() + ")";
		String version = upsert.version();
		if (version == null) {
			return new Upsert.Statement(upsert.assigned().isEmpty() ? sql + " DO NOTHING"
					: sql + " DO UPDATE SET " + assignments(upsert.assigned(), "%c = EXCLUDED.%c"), 0, Upsert.Outcome.WRITTEN);
		}
		String current = upsert.table() + "." + version;
		String assignments = upsert.assigned().isEmpty() ? "" : assignments(upsert.assigned(), "%c = EXCLUDED.%c") + ", ";
		// The WHERE of DO UPDATE leaves a row of another version untouched; RETURNING then yields no row.
		return new Upsert.Statement(sql + " DO UPDATE SET " + assignments + version + " = " + current + " + 1 WHERE "
				+ current + " = " + bindMarker(upsert.expectedVersion()) + " RETURNING " + version, 1, Upsert.Outcome.RETURNED_VERSION);
	}

}
