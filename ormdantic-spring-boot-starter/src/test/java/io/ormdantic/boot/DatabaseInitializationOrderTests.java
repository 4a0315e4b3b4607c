package io.ormdantic.boot;

import java.util.Arrays;
import java.util.List;

import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.seeded.BootSeededFlavor;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcInitializationAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's database initialization order with Ormdantic: the schema step before {@code spring.sql.init} scripts, so a
 * {@code data.sql} inserts into the models' tables; beans that depend on database initialization, and the
 * {@code TableOperations} beans, after both.
 */
@Timeout(180)
class DatabaseInitializationOrderTests {

	private final ApplicationContextRunner runner = StarterContexts.runner()
		.withConfiguration(AutoConfigurations.of(R2dbcInitializationAutoConfiguration.class))
		.withPropertyValues("ormdantic.packages=io.ormdantic.boot.seeded", "ormdantic.schema=drop-create",
				"spring.sql.init.mode=always");

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void dataScriptInsertsIntoTheModelsTableAndWaitingBeansSeeItsRows(TestDatabase database) {
		String script = (database == TestDatabase.H2) ? "h2" : "server";
		this.runner
			.withPropertyValues("ormdantic.connection=" + database.url(),
					"spring.sql.init.data-locations=classpath:db/ormdantic/seed/" + script + "/data.sql")
			.withUserConfiguration(WaitingBeans.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("annotatedReader", SeedCount.class).rows()).isEqualTo(2);
				assertThat(context.getBean("operationsReader", SeedCount.class).rows()).isEqualTo(2);
				assertThat(context.getBean(OrmdanticTemplate.class)
					.table(BootSeededFlavor.class)
					.findMany()
					.block(StarterContexts.TIMEOUT)
					.data()).extracting(BootSeededFlavor::name).containsExactlyInAnyOrder("vanilla", "mocha");
			});
	}

	@Test
	void scriptsDependOnTheSchemaAndTheSchemaOnNothingElse() {
		this.runner.withPropertyValues("spring.sql.init.data-locations=classpath:db/ormdantic/seed/h2/data.sql")
			.run((context) -> {
				assertThat(dependsOn(context.getBeanFactory(), "r2dbcScriptDatabaseInitializer"))
					.contains("ormdanticSchemaInitializer");
				assertThat(dependsOn(context.getBeanFactory(), "ormdanticSchemaInitializer")).isEmpty();
				assertThat(dependsOn(context.getBeanFactory(), "bootSeededFlavorTableOperations"))
					.contains("r2dbcScriptDatabaseInitializer");
			});
	}

	@Test
	void withoutScriptsOrWaitingBeansTheSchemaStaysForTheReadyEvent() {
		this.runner.withPropertyValues("spring.sql.init.mode=never").run((context) -> {
			assertThat(context).doesNotHaveBean("r2dbcScriptDatabaseInitializer");
			assertThat(dependsOn(context.getBeanFactory(), "bootSeededFlavorTableOperations"))
				.containsExactly("ormdanticSchemaInitializer");
			// Asked without subscribing to the schema step, which would run it.
			Long tables = DatabaseClient.create(context.getBean(ConnectionFactory.class))
				.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'boot_seeded_flavor'")
				.map((row) -> row.get(0, Long.class))
				.one()
				.block(StarterContexts.TIMEOUT);
			assertThat(tables).isZero();
		});
	}

	private static List<String> dependsOn(ConfigurableListableBeanFactory beanFactory, String name) {
		String[] dependsOn = beanFactory.getBeanDefinition(name).getDependsOn();
		return (dependsOn != null) ? Arrays.asList(dependsOn) : List.of();
	}

	/**
	 * The rows a bean found while it was created.
	 *
	 * @param rows the number of seeded rows
	 */
	record SeedCount(long rows) {
	}

	/** Beans that count the seeded rows as they are created. */
	@Configuration(proxyBeanMethods = false)
	static class WaitingBeans {

		/** Waits for database initialization as any application bean may ask to. */
		@Bean
		@DependsOnDatabaseInitialization
		SeedCount annotatedReader(OrmdanticTemplate template) {
			return new SeedCount(template.table(BootSeededFlavor.class).count().block(StarterContexts.TIMEOUT));
		}

		/** Waits through the TableOperations bean it is given. */
		@Bean
		SeedCount operationsReader(TableOperations<BootSeededFlavor> flavors) {
			return new SeedCount(flavors.count().block(StarterContexts.TIMEOUT));
		}

	}

}
