package io.ormdantic.it;

import org.junit.jupiter.api.Nested;

/**
 * The load suites plus the faults that need a server: its connections cut, the server restarted. H2 runs inside the
 * test's JVM, with no server or connection to disturb, so {@link H2LoadTests} runs {@link EveryLoadSuite} alone.
 */
abstract class EveryServerLoadSuite extends EveryLoadSuite {

	@Nested
	class Cut extends ConnectionCutSuite {
	}

	@Nested
	class Restart extends RestartSuite {
	}
}
