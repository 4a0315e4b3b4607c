package io.ormdantic.boot;

import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.SchemaMode;
import io.ormdantic.boot.migrated.MigratedRoaster;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liquibase, like Flyway, migrates over JDBC beside R2DBC; with it configured and {@code ormdantic.schema} not set,
 * Ormdantic validates the migrated schema after the change log ran.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(180)
class LiquibaseMigrationTests {

	private final ApplicationContextRunner runner = StarterContexts.runner()
		.withConfiguration(AutoConfigurations.of(LiquibaseAutoConfiguration.class))
		.withPropertyValues("ormdantic.packages=io.ormdantic.boot.migrated",
				"spring.liquibase.change-log=classpath:db/ormdantic/liquibase/changelog.xml");

	@Test
	void liquibaseMigratesFirstAndTheDefaultValidatePasses(CapturedOutput output) {
		String name = "liquibase_" + UUID.randomUUID().toString().replace("-", "");
		this.runner
			.withPropertyValues("spring.liquibase.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
					"ormdantic.connection=r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1")
			.withBean(EarlyReader.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(SpringLiquibase.class);
				assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.VALIDATE);
				assertThat(context.getBean(EarlyReader.class).roasters).isZero();
				context.getBean(OrmdanticSchemaInitializer.class).schema().block(StarterContexts.TIMEOUT);
				assertThat(context.getBean(Ormdantic.class).schemaDiff().block(StarterContexts.TIMEOUT).isEmpty())
					.isTrue();
			});
		assertThat(output).contains("Ormdantic schema mode defaults to validate because Liquibase runs the migrations");
	}

	@Test
	void explicitSchemaModeWinsOverTheLiquibaseDefault() {
		String name = "liquibase_" + UUID.randomUUID().toString().replace("-", "");
		this.runner
			.withPropertyValues("spring.liquibase.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
					"ormdantic.connection=r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1", "ormdantic.schema=none")
			.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
				.isEqualTo(SchemaMode.NONE));
	}

	/** Reads through the template while the context is built: the validate step runs then, after Liquibase. */
	static class EarlyReader {

		final long roasters;

		EarlyReader(OrmdanticTemplate template) {
			this.roasters = template.table(MigratedRoaster.class).count().block(StarterContexts.TIMEOUT);
		}

	}

}
