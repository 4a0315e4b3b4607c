package io.ormdantic.benchmarks;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.r2dbc.spi.Readable;

/**
 * The databases the comparisons run on, chosen by the JMH parameter {@code db}: H2 in memory always, PostgreSQL and
 * MariaDB from the same environment variables the integration tests read. A server parameter without its variable
 * fails the trial with a message naming the variable; {@code ratios.sh} passes only the databases that are set.
 * <p>
 * Also holds what hand-written code has to know per database: identifier quotes, bind markers and how a UUID key
 * travels (MariaDB has no UUID type, so keys are {@code CHAR(36)} text there, as Ormdantic stores them).
 */
public enum BenchDatabase {

	/** Embedded H2, in memory; one database per JMH fork. */
	H2("h2", null, "r2dbc:h2:mem:///bench;DB_CLOSE_DELAY=-1"),

	/** PostgreSQL through r2dbc-postgresql. */
	POSTGRES("postgres", "ORMDANTIC_TEST_POSTGRES_URL", "r2dbc:postgresql://postgres@127.0.0.1:5432/test"),

	/** MariaDB (or MySQL) through r2dbc-mysql. */
	MARIADB("mariadb", "ORMDANTIC_TEST_MYSQL_URL", "r2dbc:mysql://root@127.0.0.1:3306/test");

	private static final Pattern MARKER = Pattern.compile("\\$\\d+");

	private final String parameter;

	private final String environmentVariable;

	private final String exampleUrl;

	BenchDatabase(String parameter, String environmentVariable, String exampleUrl) {
		this.parameter = parameter;
		this.environmentVariable = environmentVariable;
		this.exampleUrl = exampleUrl;
	}

	/**
	 * The database a JMH {@code db} parameter names.
	 *
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static BenchDatabase of(String parameter) {
		for (BenchDatabase database : values()) {
			if (database.parameter.equals(parameter.toLowerCase(Locale.ROOT))) {
				return database;
			}
		}
		throw new IllegalArgumentException("Unknown database '" + parameter + "'; use h2, postgres or mariadb");
	}

	/**
	 * The R2DBC URL to connect to.
	 *
	 * @throws IllegalStateException when a server database is asked for but its environment variable is not set
	 */
	public String url() {
		if (this.environmentVariable == null) {
			return this.exampleUrl;
		}
		String url = System.getenv(this.environmentVariable);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("Benchmarks on " + this.parameter + " need " + this.environmentVariable
					+ " (for example " + this.exampleUrl + "); run ratios.sh, which passes only the databases that are set");
		}
		return url;
	}

	/**
	 * Statement text for this database from a template written with {@code "quoted"} identifiers and {@code $n}
	 * markers, so that hand-written code states each statement once and sends exactly what Ormdantic sends.
	 */
	public String sql(String template) {
		if (this != MARIADB) {
			return template;
		}
		return MARKER.matcher(template.replace('"', '`')).replaceAll("?");
	}

	/** The statement that refreshes the planner's statistics of {@code table}. */
	public String analyze(String table) {
		return sql((this == POSTGRES ? "ANALYZE \"" : "ANALYZE TABLE \"") + table + "\"");
	}

	/** The bind marker of the parameter at {@code index} (0-based). */
	public String marker(int index) {
		return this == MARIADB ? "?" : "$" + (index + 1);
	}

	/** A UUID key as it is bound. */
	public Object key(UUID key) {
		return this == MARIADB ? key.toString() : key;
	}

	/** The UUID key in column {@code index} of a row, or null. */
	public UUID key(Readable row, int index) {
		if (this == MARIADB) {
			String text = row.get(index, String.class);
			return text == null ? null : UUID.fromString(text);
		}
		return row.get(index, UUID.class);
	}
}
