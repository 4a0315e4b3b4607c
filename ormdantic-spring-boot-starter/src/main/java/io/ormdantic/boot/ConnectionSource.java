package io.ormdantic.boot;

import io.r2dbc.spi.ConnectionFactoryOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.core.env.Environment;

/**
 * Says which setting named the application's database, with its user, host, port and database but never its
 * password, for error messages; and says once, at INFO, when connection details from elsewhere (a
 * {@code @ServiceConnection} container, Docker Compose, an application bean) take precedence over
 * {@code ormdantic.connection}.
 */
final class ConnectionSource {

	private static final Log logger = LogFactory.getLog(ConnectionSource.class);

	/** Boot's details for {@code spring.r2dbc.url}; package-private in Boot, so known by name. */
	private static final String SPRING_R2DBC_URL_DETAILS = "PropertiesR2dbcConnectionDetails";

	private ConnectionSource() {
	}

	/** For example {@code ormdantic.connection (root@db.example:3306/shop)}. */
	static String describe(OrmdanticProperties properties, Environment environment, ListableBeanFactory beanFactory) {
		String[] names = beanFactory.getBeanNamesForType(R2dbcConnectionDetails.class, true, false);
		if (names.length == 1) {
			R2dbcConnectionDetails details = beanFactory.getBean(names[0], R2dbcConnectionDetails.class);
			return describe(details, names[0], environment);
		}
		return (properties.getConnection() != null) ? "ormdantic.connection" : "the application's ConnectionFactory";
	}

	/** Logs at INFO when {@code ormdantic.connection} is set but other connection details are used. */
	static void logPrecedence(OrmdanticProperties properties, Environment environment, ListableBeanFactory beanFactory) {
		String url = properties.getConnection();
		if (url == null || beanFactory.getBeanNamesForType(OrmdanticConnectionDetails.class, true, false).length > 0) {
			return;
		}
		logger.info("Ormdantic connects through " + describe(properties, environment, beanFactory) + ", not "
				+ describe(OrmdanticConnectionDetails.PROPERTY, url) + ": connection details from a @ServiceConnection, "
				+ "Docker Compose or an R2dbcConnectionDetails bean take precedence over ormdantic.connection");
	}

	private static String describe(R2dbcConnectionDetails details, String beanName, Environment environment) {
		if (details instanceof OrmdanticConnectionDetails) {
			return describe(OrmdanticConnectionDetails.PROPERTY, details.getConnectionFactoryOptions());
		}
		if (details.getClass().getSimpleName().equals(SPRING_R2DBC_URL_DETAILS)) {
			return describe("spring.r2dbc.url", environment.getProperty("spring.r2dbc.url"));
		}
		return describe("the R2dbcConnectionDetails bean '" + beanName + "'", details.getConnectionFactoryOptions());
	}

	private static String describe(String source, @Nullable String url) {
		if (url == null) {
			return source;
		}
		try {
			return describe(source, ConnectionFactoryOptions.parse(url));
		}
		catch (IllegalArgumentException ex) {
			return source;
		}
	}

	private static String describe(String source, ConnectionFactoryOptions options) {
		Object user = options.getValue(ConnectionFactoryOptions.USER);
		Object host = options.getValue(ConnectionFactoryOptions.HOST);
		Object port = options.getValue(ConnectionFactoryOptions.PORT);
		Object database = options.getValue(ConnectionFactoryOptions.DATABASE);
		return source + " (" + ((user != null) ? user + "@" : "") + ((host != null) ? host : "")
				+ ((port != null) ? ":" + port : "") + "/" + database + ")";
	}

}
