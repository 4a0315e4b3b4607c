package io.ormdantic.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.SchemaMode;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.migrated.MigratedBean;
import io.ormdantic.boot.migrated.MigratedRoaster;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Flyway migrates over JDBC beside the application's R2DBC connection, as Boot applications run it, from a script
 * that {@code SchemaDiff.toSql()} wrote; with Flyway configured and {@code ormdantic.schema} not set, Ormdantic
 * validates the migrated schema, after the migration, and changes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(180)
class FlywayMigrationTests {

	static final String H2_SCRIPT = "db/ormdantic/h2/V1__boot_migrated_models.sql";

	static final String POSTGRES_SCRIPT = "db/ormdantic/postgresql/V1__boot_migrated_models.sql";

	private static final String[] TABLES = { "boot_migrated_bean", "boot_migrated_roaster" };

	private static final String HISTORY = "boot_migrated_flyway_history";

	@Test
	void committedH2ScriptIsWhatToSqlWritesForAnEmptyDatabase() {
		assertSameScript(H2_SCRIPT, toSqlOnEmpty(TestDatabase.H2.url()));
	}

	@Test
	void committedPostgresScriptIsWhatToSqlWritesForAnEmptyDatabase() {
		String url = TestDatabase.POSTGRES.url();
		new HandMadeTables(TestDatabase.POSTGRES, url).drop(TABLES);
		assertSameScript(POSTGRES_SCRIPT, toSqlOnEmpty(url));
	}

	@Test
	void flywayMigratesH2FirstAndTheDefaultValidatePasses(CapturedOutput output) {
		String name = "flyway_" + UUID.randomUUID().toString().replace("-", "");
		try (ConfigurableApplicationContext context = start(
				"spring.flyway.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
				"spring.flyway.locations=classpath:db/ormdantic/h2",
				"ormdantic.connection=r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1")) {
			assertMigratedAndValidated(context);
		}
		assertThat(output).contains(
				"Ormdantic schema mode defaults to validate because Flyway runs the migrations",
				"Ormdantic schema VALIDATE done for 2 model(s) on H2");
	}

	@Test
	void flywayMigratesPostgresFirstAndTheDefaultValidatePasses(CapturedOutput output) {
		String url = TestDatabase.POSTGRES.url();
		HandMadeTables tables = new HandMadeTables(TestDatabase.POSTGRES, url);
		tables.drop(TABLES);
		tables.drop(HISTORY);
		List<String> properties = new ArrayList<>(jdbcProperties(url));
		properties.addAll(List.of("spring.flyway.locations=classpath:db/ormdantic/postgresql",
				// The test database holds other tests' tables: keep a history of this test's own.
				"spring.flyway.table=" + HISTORY, "spring.flyway.baseline-on-migrate=true",
				"spring.flyway.baseline-version=0", "ormdantic.connection=" + url));
		try (ConfigurableApplicationContext context = start(properties.toArray(String[]::new))) {
			assertMigratedAndValidated(context);
		}
		assertThat(output).contains("Ormdantic schema mode defaults to validate because Flyway runs the migrations",
				"Ormdantic schema VALIDATE done for 2 model(s) on PostgreSQL");
	}

	@Test
	void defaultValidateFailsStartupWhenTheMigrationsLackATable(CapturedOutput output) {
		String name = "flyway_" + UUID.randomUUID().toString().replace("-", "");
		assertThatException().isThrownBy(() -> start("spring.flyway.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
				"spring.flyway.locations=classpath:db/ormdantic/none",
				"ormdantic.connection=r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1").close());
		assertThat(output).contains("APPLICATION FAILED TO START", "ormdantic.schema=validate",
				"- CREATE_TABLE boot_migrated_roaster", "Flyway migration");
	}

	@Test
	void explicitSchemaModeWinsOverTheFlywayDefault(CapturedOutput output) {
		String name = "flyway_" + UUID.randomUUID().toString().replace("-", "");
		try (ConfigurableApplicationContext context = start(
				"spring.flyway.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
				"spring.flyway.locations=classpath:db/ormdantic/none",
				"ormdantic.connection=r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1", "ormdantic.schema=update")) {
			assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.UPDATE);
			assertThat(context.getBean(Ormdantic.class).schemaDiff().block(StarterContexts.TIMEOUT).isEmpty())
				.isTrue();
		}
		assertThat(output).doesNotContain("defaults to validate");
	}

	private static void assertMigratedAndValidated(ConfigurableApplicationContext context) {
		assertThat(context.getBean(Flyway.class).info().applied()).extracting((migration) -> migration.getScript())
			.contains("V1__boot_migrated_models.sql");
		assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.VALIDATE);
		assertThat(context.getBean(EarlyReader.class).roasters).isZero();
		OrmdanticTemplate template = context.getBean(OrmdanticTemplate.class);
		TableOperations<MigratedBean> beans = template.table(MigratedBean.class);
		MigratedRoaster roaster = template.table(MigratedRoaster.class)
			.insert(new MigratedRoaster(null, "roaster " + UUID.randomUUID()))
			.block(StarterContexts.TIMEOUT);
		MigratedBean bean = beans.insert(new MigratedBean(null, "Huila", 1700, roaster)).block(StarterContexts.TIMEOUT);
		assertThat(beans.findOne(bean.id(), 1).block(StarterContexts.TIMEOUT)).isEqualTo(bean);
	}

	/** The committed script is, to the character, what {@code toSql()} writes now (models in registration order). */
	private static void assertSameScript(String location, String written) {
		String committed = script(location);
		assertThat(written.strip()).as("%s is no longer what SchemaDiff.toSql() writes for its models; a "
				+ "migration that ran must not change: leave the models of io.ormdantic.boot.migrated as they are%n%s",
				location, written)
			.isEqualTo(committed.strip());
	}

	/** Boot's Flyway properties for the JDBC form of an R2DBC URL of PostgreSQL. */
	private static List<String> jdbcProperties(String r2dbcUrl) {
		ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(r2dbcUrl);
		Object port = options.getValue(ConnectionFactoryOptions.PORT);
		List<String> properties = new ArrayList<>();
		properties.add("spring.flyway.url=jdbc:postgresql://" + options.getRequiredValue(ConnectionFactoryOptions.HOST)
				+ ((port != null) ? ":" + port : "") + "/" + options.getRequiredValue(ConnectionFactoryOptions.DATABASE));
		Object user = options.getValue(ConnectionFactoryOptions.USER);
		if (user != null) {
			properties.add("spring.flyway.user=" + user);
		}
		Object password = options.getValue(ConnectionFactoryOptions.PASSWORD);
		if (password != null) {
			properties.add("spring.flyway.password=" + password);
		}
		return properties;
	}

	/** The script {@code SchemaDiff.toSql()} writes for the migrated models on a database without their tables. */
	static String toSqlOnEmpty(String url) {
		try (Ormdantic ormdantic = Ormdantic.builder(url).models(MigratedRoaster.class, MigratedBean.class).build()) {
			return ormdantic.schemaDiff().block(StarterContexts.TIMEOUT).toSql();
		}
	}

	static String script(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "ormdantic.packages=io.ormdantic.boot.migrated")
			.properties(properties)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(EarlyReader.class)
	static class Application {

	}

	/**
	 * Reads through the template while the context is still being built: its schema step (validate) runs then, so
	 * startup fails unless the migration ran before the engine was created.
	 */
	static class EarlyReader {

		final long roasters;

		EarlyReader(OrmdanticTemplate template) {
			this.roasters = template.table(MigratedRoaster.class).count().block(StarterContexts.TIMEOUT);
		}

	}

}
