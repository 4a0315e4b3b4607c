package io.ormdantic.it;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/**
 * The load and fault suites (JUnit tag {@code load}; issue 16), once per database as {@link EverySuite} runs the
 * others: {@link H2LoadTests}, {@link MariaDbLoadTests} and {@link PostgresLoadTests}. They are apart from
 * {@link EverySuite} so that a quick local run can leave them out ({@code -DexcludedGroups=load}); {@code .ci/run}
 * runs them.
 */
@Tag("load")
abstract class EveryLoadSuite {

	@Nested
	class Reproduction extends CancellationReproductionSuite {
	}

	@Nested
	class Traffic extends TrafficSuite {
	}
}
