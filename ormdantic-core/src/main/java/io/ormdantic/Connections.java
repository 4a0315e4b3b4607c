package io.ormdantic;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import io.ormdantic.internal.connect.FailoverConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ValidationDepth;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

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

	/** How long an operation waits for a connection before it fails, by default: a web request should not wait longer. */
	public static final Duration DEFAULT_ACQUIRE_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * A connection pool (r2dbc-pool) over the driver the URL names, with the defaults of
	 * {@link #pooled(String, int, Duration, Duration)}.
	 *
	 * @param url         an R2DBC URL such as {@code r2dbc:postgresql://user@host:5432/db}
	 * @param maxPoolSize the most connections the pool opens
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionPool pooled(String url, int maxPoolSize) {
		return pooled(url, maxPoolSize, Duration.ofMinutes(30), DEFAULT_ACQUIRE_TIMEOUT);
	}

	/**
	 * A connection pool (r2dbc-pool) over the driver the URL names, closing connections idle longer than {@code maxIdleTime}.
	 *
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionPool pooled(String url, int maxPoolSize, Duration maxIdleTime) {
		return pooled(url, maxPoolSize, maxIdleTime, DEFAULT_ACQUIRE_TIMEOUT);
	}

	/**
	 * A connection pool (r2dbc-pool) over the driver the URL names that fails fast: an operation that gets no
	 * connection within {@code acquireTimeout} (also the limit on opening one) fails with Spring's
	 * {@code DataAccessResourceFailureException} instead of waiting; a connection is checked (locally, without a round
	 * trip, within 5 s) as it leaves the pool, and replaced after 30 minutes of life, so a server restart or a
	 * network device that drops old connections does not leave dead ones in the pool.
	 *
	 * @param maxIdleTime    how long a connection may stay idle in the pool
	 * @param acquireTimeout how long an operation waits for a connection
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionPool pooled(String url, int maxPoolSize, Duration maxIdleTime, Duration acquireTimeout) {
		return pooled(unpooled(url), maxPoolSize, maxIdleTime, acquireTimeout, null);
	}

	/** The pool of {@link #pooled(String, int, Duration, Duration)} over a driver's factory, preparing each new connection. */
	static ConnectionPool pooled(ConnectionFactory target, int maxPoolSize, Duration maxIdleTime, Duration acquireTimeout,
			@Nullable Function<? super Connection, ? extends Publisher<Void>> prepare) {
		ConnectionPoolConfiguration.Builder configuration = ConnectionPoolConfiguration.builder(target)
			.initialSize(Math.min(1, maxPoolSize))
			.maxSize(maxPoolSize)
			.maxIdleTime(maxIdleTime)
			.maxLifeTime(Duration.ofMinutes(30))
			.maxAcquireTime(acquireTimeout)
			// After a restart or a cut every idle connection is dead: an acquisition skips each that fails validation
			// (r2dbc-pool's default gives up after the second); the engine caps the whole wait at acquireTimeout.
			.acquireRetry(maxPoolSize)
			.maxCreateConnectionTime(acquireTimeout)
			.validationDepth(ValidationDepth.LOCAL)
			.maxValidationTime(Duration.ofSeconds(5));
		if (prepare != null) {
			configuration.postAllocate(prepare);
		}
		return new ConnectionPool(configuration.build());
	}

	/**
	 * The driver's connection factory for the URL, without a pool; a {@code r2dbc:pool:} URL yields the pool it describes.
	 * A URL may list several hosts of one database, such as the nodes of a Galera cluster
	 * ({@code r2dbc:mysql://root@10.0.0.1:3306,10.0.0.2:3306/db}): each connection then comes from the first that
	 * gives one, starting with the host that gave the last (the drivers themselves take one host).
	 *
	 * @throws OrmdanticException if the URL is malformed or its driver is missing
	 */
	public static ConnectionFactory unpooled(String url) {
		if (url == null || url.isBlank()) {
			throw new OrmdanticException("The connection URL must not be empty; expected an R2DBC URL such as r2dbc:h2:mem:///db");
		}
		String described = "R2DBC URL '" + redact(url) + "'";
		try {
			return open(ConnectionFactoryOptions.parse(url), described);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(described, ex);
		}
	}

	/**
	 * The driver's connection factory for options, without a pool, as {@link #unpooled(String)} opens it for a URL:
	 * options that list several hosts ({@link #listsSeveralHosts}) give a factory that fails over between them. For
	 * those who build options themselves, as Spring Boot does from its connection details.
	 *
	 * @throws OrmdanticException if the host list is malformed or the driver is missing
	 */
	public static ConnectionFactory unpooled(ConnectionFactoryOptions options) {
		String described = "R2DBC options of " + options.getValue(ConnectionFactoryOptions.DRIVER) + " on "
				+ options.getValue(ConnectionFactoryOptions.HOST);
		try {
			return open(options, described);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(described, ex);
		}
	}

	/**
	 * Whether the options list several hosts of one database, as {@link ConnectionFactoryOptions#parse} leaves a URL
	 * such as {@code r2dbc:mysql://root@10.0.0.1:3306,10.0.0.2:3306/db}: the drivers take one host, so such options need
	 * {@link #unpooled(ConnectionFactoryOptions)}, which fails over between them.
	 */
	public static boolean listsSeveralHosts(ConnectionFactoryOptions options) {
		return FailoverConnectionFactory.listsSeveralHosts(options);
	}

	/** The factory for the options; {@code described} names them in the message when no driver takes them. */
	private static ConnectionFactory open(ConnectionFactoryOptions options, String described) {
		String driver = String.valueOf(options.getValue(ConnectionFactoryOptions.DRIVER));
		if ("pool".equals(driver)) {
			driver = String.valueOf(options.getValue(ConnectionFactoryOptions.PROTOCOL)).split(":")[0];
		}
		try {
			return FailoverConnectionFactory.listsSeveralHosts(options)
					? FailoverConnectionFactory.of(options, ConnectionFactories::get) : ConnectionFactories.get(options);
		}
		catch (IllegalStateException ex) {
			String artifact = DRIVER_ARTIFACTS.getOrDefault(driver, "an R2DBC driver for '" + driver + "'");
			throw new OrmdanticException("No R2DBC driver found for " + described + " (driver '" + driver
					+ "'): add " + artifact + " to the class path", ex);
		}
	}

	private static OrmdanticException malformed(String described, IllegalArgumentException ex) {
		return new OrmdanticException("Malformed " + described + ": " + ex.getMessage(), ex);
	}

	/** The URL with any password replaced, for messages. */
	static String redact(String url) {
		return url.replaceAll("(//[^:/@]+:)[^@/]*@", "$1****@");
	}
}
