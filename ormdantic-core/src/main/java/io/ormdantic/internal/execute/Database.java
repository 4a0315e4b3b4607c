package io.ormdantic.internal.execute;

import java.util.Locale;
import java.util.function.Supplier;

import io.ormdantic.OrmdanticException;
import io.ormdantic.internal.convert.ValueStorage;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.dialect.H2Dialect;
import io.ormdantic.internal.dialect.MySqlDialect;
import io.ormdantic.internal.dialect.PostgresDialect;
import io.r2dbc.spi.ConnectionFactory;

/** The databases Ormdantic supports, each with its SQL dialect and its value storage. */
public enum Database {

	/** H2 2.x (r2dbc-h2). */
	H2("h2", H2Dialect::new, ValueStorage.standard()),

	/** MySQL and MariaDB (r2dbc-mysql). */
	MYSQL("mysql", MySqlDialect::new, ValueStorage.mysql()),

	/** PostgreSQL (r2dbc-postgresql). */
	POSTGRESQL("postgresql", PostgresDialect::new, ValueStorage.standard());

	private final String system;

	private final Dialect dialect;

	private final ValueStorage storage;

	Database(String system, Supplier<Dialect> dialect, ValueStorage storage) {
		this.system = system;
		this.dialect = dialect.get();
		this.storage = storage;
	}

	/**
	 * The database behind a connection factory, from its metadata.
	 *
	 * @throws OrmdanticException for a database Ormdantic does not support
	 */
	public static Database of(ConnectionFactory connectionFactory) {
		String name = connectionFactory.getMetadata().getName();
		String key = name.toLowerCase(Locale.ROOT);
		if (key.contains("h2")) {
			return H2;
		}
		if (key.contains("mysql") || key.contains("mariadb")) {
			return MYSQL;
		}
		if (key.contains("postgres")) {
			return POSTGRESQL;
		}
		throw new OrmdanticException("Unsupported database '" + name + "'; Ormdantic supports H2, MySQL/MariaDB and PostgreSQL");
	}

	/** The name OpenTelemetry's {@code db.system} uses for this database. */
	public String system() {
		return this.system;
	}

	/** The SQL dialect. */
	public Dialect dialect() {
		return this.dialect;
	}

	/** How values are bound and read. */
	public ValueStorage storage() {
		return this.storage;
	}
}
