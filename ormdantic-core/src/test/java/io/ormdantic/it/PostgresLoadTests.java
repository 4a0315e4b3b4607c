package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/** The load and fault suites on PostgreSQL; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.POSTGRES)
class PostgresLoadTests extends EveryServerLoadSuite {

	/** The variable that runs {@link LongReproduction}. */
	static final String LONG = "ORMDANTIC_TEST_LONG";

	/**
	 * Issue 16's reproduction with its 10,000 rounds, on the database it was reported on: about four minutes, so it runs
	 * only when {@value #LONG}{@code =true} ({@code .ci/run} sets it); {@link EveryLoadSuite}'s shorter one always runs.
	 */
	@Nested
	@Tag("long")
	class LongReproduction extends CancellationReproductionSuite {

		@Override
		int rounds() {
			return 10_000;
		}

		@Override
		void assumeRuns() {
			Assumptions.assumeTrue("true".equalsIgnoreCase(System.getenv(LONG)),
					() -> "the reproduction's 10,000 rounds take minutes: set " + LONG + "=true to run them (.ci/run does)");
		}
	}
}
