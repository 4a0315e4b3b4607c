package io.ormdantic.boot;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaDiff;
import io.ormdantic.boot.evolve.EvolveRoast;
import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code ormdantic.schema=validate} fails startup on any difference, not only a missing table: Boot's report lists
 * each change (kind, table and column, description) with its SQL, and says how to fix the database. The tables are
 * written by hand, one difference away from the model, on every database.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(180)
class SchemaValidationStartupTests {

	private static final String ROAST = "boot_evolve_roast";

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void validateFailsStartupListingAColumnOfAnotherType(TestDatabase database, CapturedOutput output) {
		String url = database.url();
		HandMadeTables tables = new HandMadeTables(database, url);
		tables.drop(ROAST);
		tables.execute(
				"CREATE TABLE " + tables.q(ROAST) + " (" + tables.q("id") + " " + tables.uuid() + " PRIMARY KEY, "
						+ tables.q("name") + " VARCHAR(63), " + tables.q("strength") + " VARCHAR(20))",
				"CREATE INDEX " + tables.q("boot_evolve_roast_by_name") + " ON " + tables.q(ROAST) + " ("
						+ tables.q("name") + ")");
		SchemaDiff diff = diff(url);
		assertThat(diff.changes()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(SchemaChange.Kind.MANUAL);
			assertThat(change.target()).isEqualTo(ROAST + ".strength");
		});
		assertThatException().isThrownBy(() -> start(url))
			.withStackTraceContaining("MANUAL " + ROAST + ".strength");
		assertThat(output).contains("APPLICATION FAILED TO START", "ormdantic.schema=validate",
				"1 difference(s), 1 of them MANUAL", "set 'ormdantic.schema' to 'update'", "Flyway migration");
		assertListed(output, diff);
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void validateFailsStartupListingAMissingIndex(TestDatabase database, CapturedOutput output) {
		String url = database.url();
		HandMadeTables tables = new HandMadeTables(database, url);
		tables.drop(ROAST);
		tables.execute("CREATE TABLE " + tables.q(ROAST) + " (" + tables.q("id") + " " + tables.uuid()
				+ " PRIMARY KEY, " + tables.q("name") + " VARCHAR(63), " + tables.q("strength") + " "
				+ tables.integer() + ")");
		SchemaDiff diff = diff(url);
		assertThat(diff.changes()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(SchemaChange.Kind.ADD_INDEX);
			assertThat(change.target()).isEqualTo(ROAST);
			assertThat(change.safe()).isTrue();
		});
		assertThatException().isThrownBy(() -> start(url)).withStackTraceContaining("ADD_INDEX " + ROAST);
		assertThat(output).contains("APPLICATION FAILED TO START", "ormdantic.schema=validate",
				"1 difference(s), 0 of them MANUAL", "set 'ormdantic.schema' to 'update'", "SchemaDiff.toSql()");
		assertListed(output, diff);
	}

	/** The report names each change, with every line of its SQL under it. */
	private static void assertListed(CapturedOutput output, SchemaDiff diff) {
		for (SchemaChange change : diff.changes()) {
			assertThat(output).contains("    - " + change.kind() + " " + change.target() + ": " + change.description());
			change.sql().lines().forEach((line) -> assertThat(output).contains("        " + line));
		}
	}

	/** What the engine itself finds, to compare the report with. */
	private static SchemaDiff diff(String url) {
		try (Ormdantic ormdantic = Ormdantic.builder(url).models(EvolveRoast.class).build()) {
			return ormdantic.schemaDiff().block(StarterContexts.TIMEOUT);
		}
	}

	private static void start(String url) {
		new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "ormdantic.connection=" + url, "ormdantic.schema=validate",
					"ormdantic.packages=io.ormdantic.boot.evolve")
			.run()
			.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
