package io.ormdantic.boot;

import java.time.Duration;

import io.ormdantic.boot.models.BootFlavor;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The application context the starter's tests run: the starter beside Boot's R2DBC and transaction
 * auto-configurations, as in an application.
 */
final class StarterContexts {

	/** How long a test waits for the database; a hung operation fails instead of stalling the build. */
	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private StarterContexts() {
	}

	/**
	 * A runner with the starter's and Boot's R2DBC auto-configurations, ordered as Boot orders them. Boot's embedded
	 * database gets a name of its own per context, so that contexts without a connection do not share tables.
	 */
	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OrmdanticConnectionFactoryAutoConfiguration.class,
					OrmdanticAutoConfiguration.class, R2dbcAutoConfiguration.class,
					R2dbcTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class))
			.withPropertyValues("spring.r2dbc.generate-unique-name=true");
	}

	/** The name of the database a connection factory reaches, as H2 reports it. */
	static String h2DatabaseName(ConnectionFactory connectionFactory) {
		return DatabaseClient.create(connectionFactory)
			.sql("SELECT DATABASE()")
			.map((row) -> row.get(0, String.class))
			.one()
			.switchIfEmpty(Mono.error(new IllegalStateException("no database name")))
			.block(TIMEOUT);
	}

	/** The database name in an H2 URL such as {@code r2dbc:h2:mem:///name;DB_CLOSE_DELAY=-1}. */
	static String h2DatabaseOf(String url) {
		Object database = ConnectionFactoryOptions.parse(url).getRequiredValue(ConnectionFactoryOptions.DATABASE);
		return database.toString().split(";")[0];
	}

	/** Makes the test models' package the auto-configuration package, as {@code @SpringBootApplication} does. */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = BootFlavor.class)
	static class ModelPackage {

	}

}
