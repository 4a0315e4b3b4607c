package io.ormdantic.boot;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.r2dbc.spi.ConnectionFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Registers the scanned {@code @Table} models with an {@link Ormdantic} over the application's
 * {@link ConnectionFactory}, one {@code TableOperations<M>} bean per model, and the schema initializer. Runs after
 * Boot's Flyway and Liquibase auto-configurations; {@link OrmdanticDatabaseInitializerDetector} orders the engine and
 * its schema step after their migrations, and {@code spring.sql.init} scripts after the schema step.
 */
@AutoConfiguration(after = { OrmdanticConnectionFactoryAutoConfiguration.class, R2dbcAutoConfiguration.class },
		afterName = { "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
				"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration" })
@ConditionalOnClass({ Ormdantic.class, ConnectionFactory.class, DatabaseClient.class })
@ConditionalOnSingleCandidate(ConnectionFactory.class)
@EnableConfigurationProperties(OrmdanticProperties.class)
@Import({ TableOperationsRegistrar.class, DatabaseInitializationDependencyConfigurer.class })
public final class OrmdanticAutoConfiguration {

	/**
	 * The engine over the application's connection factory, built once with every scanned model, the
	 * {@link EngineSettings} and the schema step of {@code ormdantic.schema} (or of {@link SchemaModeDefault}), which
	 * every operation awaits until it has succeeded: a bean's {@code @PostConstruct} or a {@code CommandLineRunner}
	 * that writes through the template still meets its tables.
	 */
	@Bean
	@ConditionalOnMissingBean(OrmdanticTemplate.class)
	Ormdantic ormdantic(ConnectionFactory connectionFactory, OrmdanticModels models, OrmdanticProperties properties,
			EngineSettings settings, ReplicaConnectionFactories replicas, Environment environment,
			ListableBeanFactory beanFactory) {
		ConnectionSource.logPrecedence(properties, environment, beanFactory);
		Ormdantic.Builder builder = Ormdantic.builder(connectionFactory)
			.models(models.classes().toArray(Class<?>[]::new))
			.replicas(replicas.factories().toArray(ConnectionFactory[]::new))
			.schema(SchemaModeDefault.resolveAndLog(properties, beanFactory));
		return settings.applyTo(builder).build();
	}

	/**
	 * The read replicas of {@code ormdantic.replicas}, pooled as Boot pools the primary, with the application's option
	 * customizers and decorators; disposed when the context closes.
	 */
	@Bean
	@ConditionalOnMissingBean
	ReplicaConnectionFactories ormdanticReplicas(OrmdanticProperties properties, ObjectProvider<R2dbcProperties> r2dbc,
			ObjectProvider<ConnectionFactoryOptionsBuilderCustomizer> customizers,
			ObjectProvider<ConnectionFactoryDecorator> decorators) {
		return ReplicaConnectionFactories.of(properties.getReplicas(), r2dbc.getIfAvailable(R2dbcProperties::new),
				customizers.orderedStream().toList(), decorators.orderedStream().toList());
	}

	/** What the engine gets from {@code ormdantic.*} and the application's beans besides its models. */
	@Bean
	@ConditionalOnMissingBean
	EngineSettings ormdanticEngineSettings(OrmdanticProperties properties,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<Clock> clock, ObjectProvider<R2dbcProperties> r2dbc) {
		return EngineSettings.of(properties, observationRegistry, jsonMapper, clock, r2dbc);
	}

	/** Runs the engine's schema step when the application is ready, unless an operation ran it before. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Ormdantic.class)
	OrmdanticSchemaInitializer ormdanticSchemaInitializer(Ormdantic ormdantic, OrmdanticProperties properties,
			Environment environment, ListableBeanFactory beanFactory) {
		return new OrmdanticSchemaInitializer(ormdantic, SchemaModeDefault.resolve(properties, beanFactory),
				ConnectionSource.describe(properties, environment, beanFactory));
	}

}
