package io.ormdantic.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.ormdantic.Connections;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.Assumptions;
import reactor.core.publisher.Mono;

/**
 * Where the cluster suites (JUnit tag {@code cluster}) find their servers, which {@code .ci/galera} and
 * {@code .ci/pg-standby} bring up: a 3-node MariaDB Galera cluster named by {@value #GALERA} (a URL listing the
 * nodes), and a hot standby of the PostgreSQL of {@code ORMDANTIC_TEST_POSTGRES_URL} named by {@value #STANDBY}.
 * <p>
 * The suites run only when their variable is set, so a plain {@code mvn verify} skips them, saying why. A server
 * named but not answering fails the suite when {@code CI=true} (the CI run brought it up and must find it) and skips
 * it otherwise, with how to bring it up. Other modules reach it through core's test-jar.
 */
public final class Clusters {

	/** The variable naming the Galera cluster's URL, which lists the three nodes. */
	public static final String GALERA = "ORMDANTIC_TEST_GALERA_URL";

	/** The variable naming the PostgreSQL standby's URL. */
	public static final String STANDBY = "ORMDANTIC_TEST_POSTGRES_STANDBY_URL";

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

	/** How long a script may run: {@code .ci/galera start} waits up to 120 s for a node to sync. */
	private static final long SCRIPT_TIMEOUT_SECONDS = 240;

	/** Each variable's URL, or why it is unavailable: probed once per JVM, not per test. */
	private static final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

	/** A URL that answered (failure null), or the skip or failure that stands for it (url null). */
	private record Outcome(String url, RuntimeException failure) {
	}

	private Clusters() {
	}

	/**
	 * The URL of the Galera cluster, each of whose nodes answered; skips or fails as the class says otherwise. Call it
	 * before each test (not in {@code @BeforeAll}), so that a skip lists every test as skipped in the report.
	 */
	public static String galeraUrl() {
		return resolved(GALERA, () -> {
			String url = given(GALERA, "r2dbc:mysql://root@127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/test",
					".ci/galera up");
			nodeUrls(url).forEach((node) -> probe(node, GALERA, ".ci/galera up"));
			return url;
		});
	}

	/** The URL of the PostgreSQL standby, which answered; otherwise as {@link #galeraUrl()}. */
	public static String standbyUrl() {
		return resolved(STANDBY, () -> {
			String url = given(STANDBY, "r2dbc:postgresql://postgres@127.0.0.1:5433/test", ".ci/pg-standby up");
			probe(url, STANDBY, ".ci/pg-standby up");
			return url;
		});
	}

	/**
	 * One single-host URL per host of a URL listing several, in order: the same URL with the host list replaced,
	 * since {@link ConnectionFactoryOptions#parse} keeps the list as written.
	 */
	public static List<String> nodeUrls(String url) {
		String hosts = String.valueOf(ConnectionFactoryOptions.parse(url).getValue(ConnectionFactoryOptions.HOST));
		return Arrays.stream(hosts.split(",")).map((host) -> url.replace(hosts, host.trim())).toList();
	}

	/**
	 * Runs a script of {@code .ci} (such as {@code galera kill 1}) and returns its output; its output also goes to
	 * the test log.
	 *
	 * @throws AssertionError when the script fails or runs too long
	 */
	public static String script(String name, String... arguments) {
		Path script = findScript(name);
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			// The scripts print a few short lines: read them after the end, the pipe buffer holds them meanwhile.
			if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not end within " + SCRIPT_TIMEOUT_SECONDS + " s");
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			System.out.print(output);
			if (process.exitValue() != 0) {
				throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new AssertionError("could not run " + script + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running " + script, ex);
		}
	}

	/**
	 * Waits until {@code condition} holds, checking every 100 ms: replication (standby, or Galera's apply on other
	 * nodes) makes a committed row visible elsewhere a little later.
	 *
	 * @return whether it held within {@code limit}
	 */
	public static boolean eventually(Duration limit, BooleanSupplier condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	/** The URL of the variable, found once per JVM: later calls return it, or skip or fail again for the same reason. */
	private static String resolved(String variable, Supplier<String> resolve) {
		Outcome outcome = outcomes.computeIfAbsent(variable, (name) -> {
			try {
				return new Outcome(resolve.get(), null);
			}
			catch (RuntimeException ex) {
				return new Outcome(null, ex);
			}
		});
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		return Objects.requireNonNull(outcome.url());
	}

	private static String given(String variable, String example, String bringUp) {
		String url = System.getenv(variable);
		if (url == null || url.isBlank()) {
			return skip(variable + " is not set: the cluster suites run only against a cluster (" + bringUp + ", then "
					+ variable + "=" + example + "; .ci/run does both)");
		}
		return url;
	}

	/** Opens one connection and asks the server to answer; a promised server that does not fails in CI. */
	private static void probe(String url, String variable, String bringUp) {
		try {
			Boolean valid = Mono.usingWhen(Mono.from(Connections.unpooled(url).create()),
					(Connection connection) -> Mono.from(connection.validate(ValidationDepth.REMOTE)), Connection::close)
				.block(PROBE_TIMEOUT);
			if (!Boolean.TRUE.equals(valid)) {
				throw new IllegalStateException("the connection did not validate");
			}
		}
		catch (RuntimeException ex) {
			// The URL itself is not shown: it may carry a password.
			String why = variable + " is set, but a server it names does not answer (run " + bringUp + "): " + ex;
			if (TestDatabase.isCi()) {
				throw new IllegalStateException("CI=true requires the cluster it set up: " + why, ex);
			}
			skip(why);
		}
	}

	private static Path findScript(String name) {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			Path script = directory.resolve(".ci").resolve(name);
			if (Files.isExecutable(script)) {
				return script;
			}
		}
		String why = "no executable .ci/" + name + " above " + Path.of("").toAbsolutePath();
		if (TestDatabase.isCi()) {
			throw new IllegalStateException(why);
		}
		return skip(why);
	}

	private static <T> T skip(String why) {
		// Skipped tests are easy to miss in a build log: say why, loudly.
		System.err.println("WARNING: skipping cluster tests: " + why);
		return Assumptions.abort(why);
	}
}
