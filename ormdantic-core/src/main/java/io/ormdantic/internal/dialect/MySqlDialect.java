package io.ormdantic.internal.dialect;

import java.util.List;
import java.util.Set;

import io.ormdantic.internal.mapping.ColumnType;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB (r2dbc-mysql): backquotes, {@code ?} markers, UUIDs as {@code CHAR(36)}, instants as
 * {@code DATETIME(6)} (UTC, see {@code ValueStorage.mysql()}), {@code ON DUPLICATE KEY UPDATE}.
 */
public final class MySqlDialect extends Dialect {

	/** MySQL's largest LIMIT, for an OFFSET without a limit (MySQL has no OFFSET on its own). */
	private static final String NO_LIMIT = "18446744073709551615";

	/** The MySQL dialect. */
	public MySqlDialect() {
		super("DATABASE()", "LONGTEXT", "LONGBLOB", "JSON");
	}

	@Override
	public String name() {
		return "MySQL";
	}

	@Override
	public String quote(String identifier) {
		return '`' + identifier + '`';
	}

	@Override
	public String bindMarker(int index) {
		return "?";
	}

	@Override
	public String sqlType(ColumnSpec column) {
		return switch (column.type()) {
			case INTEGER -> "INT";
			case DOUBLE -> "DOUBLE";
			case FLOAT -> "FLOAT";
			// Text types cannot be keys or indexed without a prefix length, so keyed strings get a bounded type.
			case STRING -> column.length() == 0 && column.keyed() ? "VARCHAR(255)" : super.sqlType(column);
			case UUID -> "CHAR(36)";
			case DATETIME, INSTANT, OFFSET_DATETIME -> "DATETIME(6)";
			default -> super.sqlType(column);
		};
	}

	@Override
	public String identityDefinition(ColumnSpec column) {
		return sqlType(column) + " AUTO_INCREMENT";
	}

	@Override
	public String tableOptions() {
		return " DEFAULT CHARSET=utf8mb4";
	}

	@Override
	public String limitOffset(int limit, int offset) {
		if (limit == 0 && offset > 0) {
			return " LIMIT " + NO_LIMIT + " OFFSET " + offset;
		}
		return super.limitOffset(limit, offset);
	}

	@Override
	public Upsert.Statement upsert(Upsert upsert) {
		String sql = "INSERT INTO " + upsert.table() + " (" + String.join(", ", upsert.columns()) + ") VALUES ("
				+ String.join(", ", upsert.values()) + ") ON DUPLICATE KEY UPDATE ";
		String version = upsert.version();
		if (version == null) {
			return new Upsert.Statement(sql + (upsert.assigned().isEmpty() ? upsert.key() + " = " + upsert.key()
					: assignments(upsert.assigned(), "%c = VALUES(%c)")), 0, Upsert.Outcome.WRITTEN);
		}
		// A row left unchanged by another version counts as found (1), as an insert does, when the client asks for found
		// rows (r2dbc-mysql does), so ON DUPLICATE KEY UPDATE cannot tell them apart.
		return new Upsert.Statement("", 0, Upsert.Outcome.UPDATE_THEN_INSERT);
	}

	@Override
	public int maxBindParameters() {
		return 65_535;
	}

	@Override
	public int bindParametersPerInsert() {
		// Measured with r2dbc-mysql on MariaDB: a 1000-row insert took 19.5 ms, 250 rows 7.7 ms; cost grows faster than size.
		return 1_000;
	}

	@Override
	public boolean isStatementTimeout(@Nullable String sqlState, int errorCode) {
		// MariaDB: ER_STATEMENT_TIMEOUT (max_statement_time); MySQL: ER_QUERY_TIMEOUT (max_execution_time).
		return errorCode == 1969 || errorCode == 3024;
	}

	@Override
	public boolean isConnectionLost(@Nullable String sqlState, int errorCode) {
		// ER_SERVER_SHUTDOWN, ER_CONNECTION_KILLED, and the client's CR_SERVER_GONE_ERROR and CR_SERVER_LOST.
		return super.isConnectionLost(sqlState, errorCode) || errorCode == 1053 || errorCode == 1927 || errorCode == 2006
				|| errorCode == 2013;
	}

	@Override
	public boolean takesSingleRowEarly() {
		// Measured with r2dbc-mysql on MariaDB, in turns with Spring Data's count (which takes its row with first()):
		// waiting for the end of the result made a count about 10% slower than Spring Data's.
		return true;
	}

	@Override
	public boolean drainsCancelledResults() {
		// r2dbc-mysql 1.4: a query cancelled before its result has ended can keep its pooled connection acquired for
		// good (asyncer-io/r2dbc-mysql#347): the load suite's disposed streams and a findOne given up before its row
		// showed it. Reading to the end is safe.
		return true;
	}

	@Override
	public List<String> dropTables(List<String> tables) {
		// MySQL has no DROP ... CASCADE; foreign key checks are off only for this connection.
		return List.of("SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS " + String.join(", ", tables),
				"SET FOREIGN_KEY_CHECKS = 1");
	}

	@Override
	public String indexesQuery() {
		return "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, SEQ_IN_INDEX, NON_UNIQUE = 0 FROM information_schema.STATISTICS "
				+ "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY'";
	}

	@Override
	public String foreignKeysQuery() {
		// MySQL names every primary key PRIMARY, so the standard join through the referenced constraint is ambiguous.
		return "SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE "
				+ "WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL";
	}

	@Override
	public Set<String> catalogTypes(ColumnType type) {
		return switch (type) {
			case STRING -> Set.of("varchar", "text", "mediumtext", "longtext");
			case ENUM -> Set.of("varchar");
			case INTEGER -> Set.of("int");
			case LONG, DURATION -> Set.of("bigint");
			case SHORT -> Set.of("smallint");
			case DOUBLE -> Set.of("double");
			case FLOAT -> Set.of("float");
			case DECIMAL -> Set.of("decimal");
			case BOOLEAN -> Set.of("tinyint");
			case UUID -> Set.of("char");
			case DATE -> Set.of("date");
			case TIME -> Set.of("time");
			case DATETIME, INSTANT, OFFSET_DATETIME -> Set.of("datetime");
			case BYTES -> Set.of("longblob");
			// MariaDB's JSON is LONGTEXT with a check.
			case JSON -> Set.of("json", "longtext");
		};
	}

	@Override
	public long unboundedLength() {
		// TEXT holds 65,535 bytes; MySQL's VARCHAR length is in characters, at most 16,383 of utf8mb4.
		return 65_535L;
	}

	@Override
	public String alterType(String table, String column, String type, boolean nullable) {
		return "ALTER TABLE " + table + " MODIFY COLUMN " + column + " " + type + (nullable ? " NULL" : " NOT NULL");
	}

	@Override
	public String dropNotNull(String table, String column, String type) {
		return alterType(table, column, type, true);
	}

	@Override
	public String setNotNull(String table, String column, String type) {
		return alterType(table, column, type, false);
	}
}
