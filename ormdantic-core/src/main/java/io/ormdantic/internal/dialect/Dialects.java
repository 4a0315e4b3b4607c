package io.ormdantic.internal.dialect;

import java.util.Locale;

import io.ormdantic.OrmdanticException;
import io.r2dbc.spi.ConnectionFactory;

/** Chooses the dialect from a connection factory's metadata. */
public final class Dialects {

	private Dialects() {
	}

	/**
	 * The dialect of the database behind the factory.
	 *
	 * @throws OrmdanticException for a database Ormdantic does not support
	 */
	public static Dialect of(ConnectionFactory connectionFactory) {
		String name = connectionFactory.getMetadata().getName();
		String key = name.toLowerCase(Locale.ROOT);
		if (key.contains("h2")) {
			return new H2Dialect();
		}
		if (key.contains("mysql") || key.contains("mariadb")) {
			return new MySqlDialect();
		}
		if (key.contains("postgres")) {
			return new PostgresDialect();
		}
		throw new OrmdanticException("Unsupported database '" + name + "'; Ormdantic supports H2, MySQL/MariaDB and PostgreSQL");
	}
}
