package io.ormdantic.it;

import java.util.Set;
import java.util.function.BiConsumer;

import io.ormdantic.Ormdantic;
import io.ormdantic.testsupport.Clusters;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local database server restarted ({@code .ci/db-restart}, with the commands {@code .ci/run} starts the servers
 * with): in the middle of a load, and while the pool is idle. A restart disturbs everyone using the server, so it runs
 * only when {@value #ENABLE}{@code =true}, as {@code .ci/run} sets it, and only on the local server that script
 * restarts.
 */
abstract class RestartSuite extends FaultSuite {

	static final String ENABLE = "ORMDANTIC_TEST_RESTART";

	private static final Set<String> LOCAL = Set.of("127.0.0.1", "localhost");

	@Test
	@Timeout(180)
	void aServerRestartedUnderLoadFailsFastAndTheLoadGoesOnWithoutLosingAWrite() {
		restarting((engine, restart) -> survives("server restart", engine, restart));
	}

	@Test
	@Timeout(120)
	void anIdlePoolAnswersTheNextOperationsAfterARestart() {
		restarting(this::anIdlePoolAnswersOnceTheDatabaseIsBack);
	}

	/** Runs a scenario on an engine over the local server, with the restart of that server as its disturbance. */
	private void restarting(BiConsumer<Ormdantic, Runnable> scenario) {
		String server = "PostgreSQL".equals(this.database.dialectName()) ? "postgres" : "mariadb";
		assumeRestartable(server);
		try (Ormdantic engine = engine(this.url)) {
			scenario.accept(engine, () -> Clusters.script("db-restart", server));
		}
	}

	private void assumeRestartable(String server) {
		if (!"true".equalsIgnoreCase(System.getenv(ENABLE))) {
			String why = "the restart test restarts the local " + server + " server, which disturbs everyone using it: set "
					+ ENABLE + "=true to run it (.ci/run does)";
			System.err.println("WARNING: skipping: " + why);
			Assumptions.abort(why);
		}
		ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(this.url);
		String host = String.valueOf(options.getValue(ConnectionFactoryOptions.HOST));
		Object port = options.getValue(ConnectionFactoryOptions.PORT);
		int localPort = "postgres".equals(server) ? 5432 : 3306;
		boolean local = LOCAL.contains(host) && (port == null || Integer.parseInt(String.valueOf(port)) == localPort);
		// A URL from outside (another server, a container) is not the server .ci/db-restart restarts.
		Assumptions.assumeTrue(local, () -> "the restart test restarts the local " + server + " server on port " + localPort
				+ ", and the test's URL names another");
	}
}
