package io.ormdantic.boot;

import java.time.Clock;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.r2dbc.spi.ConnectionFactory;
import tools.jackson.databind.json.JsonMapper;

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

	/**
	 * The engine over the application's connection factory, built once with every scanned model, the application's
	 * {@link JsonMapper} and {@link Clock} when it has them, and the schema step of {@code ormdantic.schema}, which
	 * every operation awaits until it has succeeded: a bean's {@code @PostConstruct} or a {@code CommandLineRunner}
	 * that writes through the template still meets its tables.
	 */
	@Bean
	@ConditionalOnMissingBean(OrmdanticTemplate.class)
	Ormdantic ormdantic(ConnectionFactory connectionFactory, OrmdanticModels models, OrmdanticProperties properties,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<Clock> clock) {
		Ormdantic.Builder builder = Ormdantic.builder(connectionFactory)
			.models(models.classes().toArray(Class<?>[]::new))
			.schema(properties.getSchema());
		jsonMapper.ifUnique(builder::jsonMapper);
		clock.ifUnique(builder::clock);
		return builder.build();
	}

	/** Runs the engine's schema step when the application is ready, unless an operation ran it before. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Ormdantic.class)
	OrmdanticSchemaInitializer ormdanticSchemaInitializer(Ormdantic ormdantic, OrmdanticProperties properties,
			Environment environment) {
		return new OrmdanticSchemaInitializer(ormdantic, properties.getSchema(),
				ConnectionSource.describe(properties, environment));
	}

}
