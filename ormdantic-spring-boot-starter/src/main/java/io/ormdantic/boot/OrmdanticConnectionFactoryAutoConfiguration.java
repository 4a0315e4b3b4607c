package io.ormdantic.boot;

import io.ormdantic.Ormdantic;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.Assert;

/**
 * Lets Spring Boot's {@link R2dbcAutoConfiguration} build the application's {@link ConnectionFactory} for Ormdantic:
 * {@code ormdantic.connection} becomes its {@link R2dbcConnectionDetails} unless other details exist (a
 * {@code @ServiceConnection} container, a Docker Compose service, the application's own bean), so
 * {@code spring.r2dbc.pool.*}, {@code ConnectionFactoryOptionsBuilderCustomizer}s and the observation proxy apply.
 * Runs before Boot's auto-configuration so that {@code ormdantic.connection} wins over {@code spring.r2dbc.url}. A URL
 * may list several hosts ({@link SeveralHostsDecorator}).
 * Without any connection setting Boot's embedded database is used.
 */
@AutoConfiguration(before = R2dbcAutoConfiguration.class)
@ConditionalOnClass({ Ormdantic.class, ConnectionFactory.class, DatabaseClient.class, R2dbcConnectionDetails.class })
@EnableConfigurationProperties(OrmdanticProperties.class)
public final class OrmdanticConnectionFactoryAutoConfiguration {

	/** The connection details of {@code ormdantic.connection}, when no other connection details exist. */
	@Bean
	@ConditionalOnProperty(OrmdanticConnectionDetails.PROPERTY)
	@ConditionalOnMissingBean(R2dbcConnectionDetails.class)
	OrmdanticConnectionDetails ormdanticConnectionDetails(OrmdanticProperties properties) {
		String url = properties.getConnection();
		Assert.state(url != null, "'connection' must not be null");
		return OrmdanticConnectionDetails.of(url);
	}

	/**
	 * Makes a factory Boot builds from a URL listing several hosts (the nodes of a Galera cluster) fail over between
	 * them, for {@code ormdantic.connection}, {@code spring.r2dbc.url} and {@code ormdantic.replicas} alike.
	 */
	@Bean
	SeveralHostsDecorator ormdanticSeveralHostsDecorator() {
		return new SeveralHostsDecorator();
	}

	/** Ormdantic's pool defaults and the deprecated {@code ormdantic.pool.*}, applied to Boot's pool settings. */
	@Bean
	static OrmdanticPoolDefaults ormdanticPoolDefaults(Environment environment) {
		return new OrmdanticPoolDefaults(environment);
	}

}
