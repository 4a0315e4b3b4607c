package io.ormdantic.boot;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Registers the scanned {@code @Table} models with an {@link Ormdantic} over the application's
 * {@link ConnectionFactory}, one {@code TableOperations<M>} bean per model, and the schema initializer.
 */
@AutoConfiguration(after = { OrmdanticConnectionFactoryAutoConfiguration.class, R2dbcAutoConfiguration.class })
@ConditionalOnClass({ Ormdantic.class, ConnectionFactory.class, DatabaseClient.class })
@ConditionalOnSingleCandidate(ConnectionFactory.class)
@EnableConfigurationProperties(OrmdanticProperties.class)
@Import(TableOperationsRegistrar.class)
public final class OrmdanticAutoConfiguration {

	/** The template over the application's connection factory, with every scanned model registered. */
	@Bean
	@ConditionalOnMissingBean(OrmdanticTemplate.class)
	Ormdantic ormdantic(ConnectionFactory connectionFactory, OrmdanticModels models,
			ObjectProvider<OrmdanticSchemaInitializer> initializer) {
		Ormdantic ormdantic = Ormdantic.create(connectionFactory).register(models.classes().toArray(Class<?>[]::new));
		// Until the initializer exists (it replaces this gate with its own), an operation fetches it first: a
		// bean's @PostConstruct that writes through the template still meets its tables.
		ormdantic.operationsAwait(Mono.defer(() -> {
			OrmdanticSchemaInitializer available = initializer.getIfAvailable();
			return (available != null) ? available.schema() : Mono.empty();
		}));
		return ormdantic;
	}

	/** Brings the schema up per {@code ormdantic.schema}, once, before the first operation or when ready. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Ormdantic.class)
	OrmdanticSchemaInitializer ormdanticSchemaInitializer(Ormdantic ormdantic, OrmdanticProperties properties,
			Environment environment) {
		return new OrmdanticSchemaInitializer(ormdantic, properties.getSchema(),
				ConnectionSource.describe(properties, environment));
	}

}
