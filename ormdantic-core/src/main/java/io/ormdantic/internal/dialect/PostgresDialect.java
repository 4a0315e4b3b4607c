package io.ormdantic.internal.dialect;

import java.util.List;
import java.util.Set;

import io.ormdantic.internal.mapping.ColumnType;
import org.jspecify.annotations.Nullable;

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


	@Override
	public boolean isConnectionLost(@Nullable String sqlState, int errorCode) {
		// admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping, restarting or starting.
		return super.isConnectionLost(sqlState, errorCode) || (sqlState != null && sqlState.startsWith("57P0"));
	}

	@Override
	public boolean drainsCancelledResults() {
		// r2dbc-postgresql 1.1: a query cancelled while its rows flow can leave the pooled connection hanging every later
		// statement (pgjdbc/r2dbc-postgresql#661). The server sends every row anyway; reading them to the end is safe.
		return true;
	}

	@Override
	public String unreadableTablesQuery() {
		// information_schema lists only the tables a user has a privilege on; pg_class lists them all.
		return "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
				+ "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT has_table_privilege(c.oid, 'SELECT')";
	}

	@Override
	public String indexesQuery() {
		return "SELECT t.relname, i.relname, a.attname, array_position(ix.indkey::smallint[], a.attnum), ix.indisunique "
				+ "FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid "
				+ "JOIN pg_namespace n ON n.oid = t.relnamespace "
				+ "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(ix.indkey) "
				+ "WHERE n.nspname = current_schema() AND NOT ix.indisprimary";
	}

	@Override
	public Set<String> catalogTypes(ColumnType type) {
		return switch (type) {
			case STRING, ENUM -> Set.of("character varying", "text");
			case INTEGER -> Set.of("integer");
			case LONG, DURATION -> Set.of("bigint");
			case SHORT -> Set.of("smallint");
			case DOUBLE -> Set.of("double precision");
			case FLOAT -> Set.of("real");
			case DECIMAL -> Set.of("numeric");
			case BOOLEAN -> Set.of("boolean");
			case UUID -> Set.of("uuid");
			case DATE -> Set.of("date");
			case TIME -> Set.of("time without time zone");
			case DATETIME -> Set.of("timestamp without time zone");
			case INSTANT, OFFSET_DATETIME -> Set.of("timestamp with time zone");
			case BYTES -> Set.of("bytea");
			case JSON -> Set.of("jsonb");
		};
	}

	@Override
	public String alterType(String table, String column, String type, boolean nullable) {
		return "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + type;
	}

}
