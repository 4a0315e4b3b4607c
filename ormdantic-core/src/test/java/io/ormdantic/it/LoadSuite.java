package io.ormdantic.it;

import java.time.Duration;

import io.ormdantic.testsupport.load.LoadItem;

/**
 * Base of the suites that put a load on the table of {@link LoadItem}: the limits they hold every operation to, and
 * the seed of their random steps.
 */
abstract class LoadSuite extends IntegrationSuite {

	/** The limit: an operation that has neither answered nor failed by then counts as hung. */
	static final Duration HANG_LIMIT = Duration.ofSeconds(10);

	/** How long the connections of cancelled queries may take to go back to the pool once a load has ended. */
	static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

	/** The seed of this run's random steps: {@code ORMDANTIC_TEST_LOAD_SEED} to run a printed one again. */
	final long seed = Long.parseLong(System.getenv().getOrDefault("ORMDANTIC_TEST_LOAD_SEED", String.valueOf(System.nanoTime())));

	@Override
	Class<?>[] models() {
		return new Class<?>[] { LoadItem.class };
	}

	/** The title of a report: the scenario and its database. */
	String title(String scenario) {
		return scenario + " [" + this.database.dialectName() + "], seed " + this.seed;
	}
}
