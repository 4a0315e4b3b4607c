package io.ormdantic.boot;

import java.time.Duration;
import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.SchemaMode;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.evolve.EvolveRoast;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ormdantic.schema=update} at startup on every database: a field added to a model whose table already holds
 * rows becomes a column, the rows are kept, and the model reads and writes through it.
 */
@Timeout(180)
class SchemaUpdateTests {

	private static final Duration TIMEOUT = StarterContexts.TIMEOUT;

	private static final String ROAST = "boot_evolve_roast";

	private final ApplicationContextRunner runner = StarterContexts.runner();

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void updateAtStartupAddsTheColumnMissingFromAnExistingTable(TestDatabase database) {
		String url = database.url();
		HandMadeTables tables = new HandMadeTables(database, url);
		UUID existing = UUID.randomUUID();
		tables.drop(ROAST);
		// The table as the model's first version left it: without the column of 'strength'.
		tables.execute(
				"CREATE TABLE " + tables.q(ROAST) + " (" + tables.q("id") + " " + tables.uuid() + " PRIMARY KEY, "
						+ tables.q("name") + " VARCHAR(63))",
				"CREATE INDEX " + tables.q("boot_evolve_roast_by_name") + " ON " + tables.q(ROAST) + " ("
						+ tables.q("name") + ")",
				"INSERT INTO " + tables.q(ROAST) + " (" + tables.q("id") + ", " + tables.q("name") + ") VALUES ('"
						+ existing + "', 'first version')");
		this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.schema=update",
				"ormdantic.packages=io.ormdantic.boot.evolve")
			.run((context) -> {
				assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.UPDATE);
				ready(context);
				assertThat(context.getBean(Ormdantic.class).schemaDiff().block(TIMEOUT).changes()).isEmpty();
				TableOperations<EvolveRoast> roasts = context.getBean(OrmdanticTemplate.class).table(EvolveRoast.class);
				assertThat(roasts.findOne(existing).block(TIMEOUT))
					.isEqualTo(new EvolveRoast(existing, "first version", null));
				EvolveRoast stored = roasts.insert(new EvolveRoast(null, "second version", 7)).block(TIMEOUT);
				assertThat(roasts.findOne(stored.id()).block(TIMEOUT)).isEqualTo(stored);
				Integer strength = DatabaseClient.create(context.getBean(ConnectionFactory.class))
					.sql("SELECT " + tables.q("strength") + " FROM " + tables.q(ROAST) + " WHERE " + tables.q("name")
							+ " = 'second version'")
					.map((row) -> row.get(0, Integer.class))
					.one()
					.block(TIMEOUT);
				assertThat(strength).isEqualTo(7);
			});
	}

	/** Publishes the event SpringApplication publishes once the application is ready. */
	private static void ready(AssertableApplicationContext context) {
		context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
				context.getSourceApplicationContext(), Duration.ZERO));
	}

}
