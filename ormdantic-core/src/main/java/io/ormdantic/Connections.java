package io.ormdantic;

import java.time.Duration;
import java.util.Map;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;

/**
 * Opens pooled connection factories from R2DBC URLs, with a message naming the driver artifact when the
 * URL's driver is not on the class path.
 */
public final class Connections {

	private static final Map<String, String> DRIVER_ARTIFACTS = Map.of(
			"h2", "io.r2dbc:r2dbc-h2",
			"mysql", "io.asyncer:r2dbc-mysql",
			"mariadb", "io.asyncer:r2dbc-mysql (or org.mariadb:r2dbc-mariadb)",
			"postgresql", "org.postgresql:r2dbc-postgresql",
			"postgres", "org.postgresql:r2dbc-postgresql");

	private Connections() {
	}

	/**
	 * A connection pool (r2dbc-pool) over the driver the URL names.
	 *
	 * @param url         an R2DBC URL such as {@code r2dbc:postgresql://user@host:5432/db}
	 * @param maxPoolSize the most connections the pool opens
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionPool pooled(String url, int maxPoolSize) {
		return pooled(url, maxPoolSize, Duration.ofMinutes(30));
	}

	/**
	 * A connection pool (r2dbc-pool) over the driver the URL names, closing connections idle longer than {@code maxIdleTime}.
	 *
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionPool pooled(String url, int maxPoolSize, Duration maxIdleTime) {
		ConnectionFactory target = unpooled(url);
		ConnectionPoolConfiguration configuration = ConnectionPoolConfiguration.builder(target)
			.initialSize(Math.min(1, maxPoolSize))
			.maxSize(maxPoolSize)
			.maxIdleTime(maxIdleTime)
			.build();
		return new ConnectionPool(configuration);
	}

	/**
	 * The driver's connection factory for the URL, without a pool; a {@code r2dbc:pool:} URL yields the pool it describes.
	 *
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionFactory unpooled(String url) {
		if (url == null || url.isBlank()) {
			throw new OrmdanticException("The connection URL must not be empty; expected an R2DBC URL such as r2dbc:h2:mem:///db");
		}
		ConnectionFactoryOptions options;
		try {
			options = ConnectionFactoryOptions.parse(url);
		}
		catch (IllegalArgumentException ex) {
			throw new OrmdanticException("Malformed R2DBC URL '" + redact(url) + "': " + ex.getMessage(), ex);
		}
		String driver = String.valueOf(options.getValue(ConnectionFactoryOptions.DRIVER));
		if ("pool".equals(driver)) {
			driver = String.valueOf(options.getValue(ConnectionFactoryOptions.PROTOCOL)).split(":")[0];
		}
		try {
			return ConnectionFactories.get(options);
		}
		catch (IllegalStateException ex) {
			String artifact = DRIVER_ARTIFACTS.getOrDefault(driver, "an R2DBC driver for '" + driver + "'");
			throw new OrmdanticException("No R2DBC driver found for '" + redact(url) + "' (driver '" + driver
					+ "'): add " + artifact + " to the class path", ex);
		}
	}

	/** The URL with any password replaced, for messages. */
	static String redact(String url) {
		return url.replaceAll("(//[^:/@]+:)[^@/]*@", "$1****@");
	}
}
