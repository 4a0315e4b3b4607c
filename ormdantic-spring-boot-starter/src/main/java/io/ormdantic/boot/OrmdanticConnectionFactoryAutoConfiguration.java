package io.ormdantic.boot;

import java.util.UUID;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.Assert;

/**
 * Provides the pooled {@link ConnectionFactory} for {@code ormdantic.connection}, or an embedded H2 database when
 * no connection is configured anywhere. Runs before Boot's {@link R2dbcAutoConfiguration} so that Boot's
 * transaction manager and any {@code DatabaseClient} use the same factory, and leaves the field to Boot when
 * {@code spring.r2dbc.url} or R2DBC connection details are set.
 */
@AutoConfiguration(before = R2dbcAutoConfiguration.class)
@ConditionalOnClass({ Ormdantic.class, ConnectionFactory.class, ConnectionPool.class, DatabaseClient.class })
@EnableConfigurationProperties(OrmdanticProperties.class)
public final class OrmdanticConnectionFactoryAutoConfiguration {

	/** Prefix of the embedded database's name; a random suffix keeps application contexts apart. */
	static final String EMBEDDED_URL_PREFIX = "r2dbc:h2:mem:///ormdantic-";

	/** A pool over the database {@code ormdantic.connection} names. */
	@Bean(destroyMethod = "dispose")
	@ConditionalOnProperty("ormdantic.connection")
	@ConditionalOnMissingBean(ConnectionFactory.class)
	ConnectionPool ormdanticConnectionFactory(OrmdanticProperties properties) {
		String url = properties.getConnection();
		Assert.state(url != null, "'connection' must not be null");
		return open(url, properties, "ormdantic.connection");
	}

	/** A pool over a fresh in-memory H2 database, when nothing names a database. */
	@Bean(destroyMethod = "dispose")
	@Conditional(NoConnectionConfiguredCondition.class)
	@ConditionalOnMissingBean(ConnectionFactory.class)
	ConnectionPool embeddedConnectionFactory(OrmdanticProperties properties) {
		// DB_CLOSE_DELAY=-1 keeps the in-memory database while the pool has no open connection.
		return open(EMBEDDED_URL_PREFIX + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", properties,
				"the embedded default database");
	}

	private static ConnectionPool open(String url, OrmdanticProperties properties, String source) {
		OrmdanticProperties.Pool pool = properties.getPool();
		try {
			return Connections.pooled(url, pool.getMaxSize(), pool.getMaxIdleTime());
		}
		catch (OrmdanticException ex) {
			throw DatabaseConnectionException.cannotOpen(source, ex);
		}
	}

	/**
	 * Matches when neither {@code ormdantic.connection} nor {@code spring.r2dbc.url} is set and no R2DBC
	 * connection details (Testcontainers or Docker Compose service connections) exist.
	 */
	static final class NoConnectionConfiguredCondition extends NoneNestedConditions {

		NoConnectionConfiguredCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("ormdantic.connection")
		static final class OrmdanticConnection {

		}

		@ConditionalOnProperty("spring.r2dbc.url")
		static final class SpringR2dbcUrl {

		}

		@ConditionalOnBean(R2dbcConnectionDetails.class)
		static final class ConnectionDetails {

		}

	}

}
