package io.ormdantic.boot;

import io.r2dbc.spi.ConnectionFactoryOptions;

import org.springframework.core.env.Environment;

/**
 * Says which setting named the application's database, with its user, host, port and database but never its
 * password, for error messages.
 */
final class ConnectionSource {

	private ConnectionSource() {
	}

	/** For example {@code ormdantic.connection (root@db.example:3306/shop)}. */
	static String describe(OrmdanticProperties properties, Environment environment) {
		if (properties.getConnection() != null) {
			return describe("ormdantic.connection", properties.getConnection());
		}
		String springUrl = environment.getProperty("spring.r2dbc.url");
		if (springUrl != null) {
			return describe("spring.r2dbc.url", springUrl);
		}
		return "the application's ConnectionFactory";
	}

	private static String describe(String property, String url) {
		try {
			ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url);
			Object user = options.getValue(ConnectionFactoryOptions.USER);
			Object host = options.getValue(ConnectionFactoryOptions.HOST);
			Object port = options.getValue(ConnectionFactoryOptions.PORT);
			Object database = options.getValue(ConnectionFactoryOptions.DATABASE);
			return property + " (" + ((user != null) ? user + "@" : "") + host + ((port != null) ? ":" + port : "")
					+ "/" + database + ")";
		}
		catch (IllegalArgumentException ex) {
			return property;
		}
	}

}
