package io.ormdantic.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.ormdantic.Ormdantic;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.Assumptions;
import reactor.core.publisher.Mono;

/**
 * The databases the integration tests run on, and where to find them.
 * <p>
 * H2 always runs, in a fresh in-memory database per {@link #url()} call. MariaDB and PostgreSQL come from
 * {@code ORMDANTIC_TEST_MYSQL_URL} / {@code ORMDANTIC_TEST_POSTGRES_URL} when set (a given URL is a promise:
 * an unreachable server fails the test); else from a Testcontainers container started once per JVM when
 * Docker is available; else the test fails when {@code CI=true} and is aborted (skipped) otherwise.
 * <p>
 * Other modules reach this class through core's test-jar, so its API stays {@code TestDatabase.X.url()}.
 */
public enum TestDatabase {

	/** Embedded H2, in memory. */
	H2(null, null),

	/** MariaDB (or MySQL) through {@code io.asyncer:r2dbc-mysql}. */
	MARIADB("ORMDANTIC_TEST_MYSQL_URL", "r2dbc:mysql://root@127.0.0.1:3306/test"),

	/** PostgreSQL through {@code org.postgresql:r2dbc-postgresql}. */
	POSTGRES("ORMDANTIC_TEST_POSTGRES_URL", "r2dbc:postgresql://postgres@127.0.0.1:5432/test");

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

	/** Server URLs already resolved and found reachable in this JVM: probed and started once, not per test. */
	private static final Map<TestDatabase, String> resolved = new ConcurrentHashMap<>();

	/** Databases whose skip was already reported on the console. */
	private static final Set<TestDatabase> warned = ConcurrentHashMap.newKeySet();

	private final String environmentVariable;

	private final String exampleUrl;

	TestDatabase(String environmentVariable, String exampleUrl) {
		this.environmentVariable = environmentVariable;
		this.exampleUrl = exampleUrl;
	}

	/**
	 * An R2DBC URL of this database: for H2 a new, empty in-memory database on every call; for a server the
	 * same database for the whole JVM (tests keep apart by table names).
	 *
	 * @throws IllegalStateException when the database is promised (URL set, or {@code CI=true}) but unavailable
	 * @throws org.opentest4j.TestAbortedException when no URL is set and Docker is not available, outside CI
	 */
	public String url() {
		if (this == H2) {
			return "r2dbc:h2:mem:///test_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
		}
		String url = resolved.get(this);
		if (url == null) {
			synchronized (TestDatabase.class) {
				url = resolved.computeIfAbsent(this, TestDatabase::resolve);
			}
		}
		return url;
	}

	/** A new {@link Ormdantic} on {@link #url()}; the caller closes it. */
	public Ormdantic open() {
		return Ormdantic.connect(url());
	}

	/** The environment variable naming this database's URL, or null for H2. */
	public String environmentVariable() {
		return this.environmentVariable;
	}

	/** Whether this run is a CI run ({@code CI=true}), in which a missing database fails instead of skipping. */
	public static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private String resolve() {
		String given = System.getenv(this.environmentVariable);
		if (given != null && !given.isBlank()) {
			probe(given, this.environmentVariable + "=" + redact(given) + " is set");
			return given;
		}
		if (testcontainersPresent() && DatabaseContainers.dockerAvailable()) {
			String started = DatabaseContainers.start(this);
			probe(started, "the Testcontainers " + name() + " container (" + redact(started) + ") was started");
			return started;
		}
		String why = name() + " is not available: " + this.environmentVariable + " is not set and Docker is not"
				+ " available (set " + this.environmentVariable + ", e.g. " + this.exampleUrl
				+ ", or start Docker; .ci/run does the former)";
		if (isCi()) {
			throw new IllegalStateException("CI=true requires every database: " + why);
		}
		if (warned.add(this)) {
			// Skipped tests are easy to miss in a build log; say once, loudly, why these ones did not run.
			System.err.println("WARNING: skipping tests: " + why);
		}
		return Assumptions.abort(why);
	}

	/**
	 * Whether Testcontainers is on the class path: core's tests have it, but a module that uses this class
	 * through the test-jar does not inherit core's test-scoped dependencies.
	 */
	private static boolean testcontainersPresent() {
		try {
			Class.forName("org.testcontainers.DockerClientFactory", false, TestDatabase.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/** Opens one connection and asks the server to answer, so that a wrong URL fails once, with its cause, up front. */
	private static void probe(String url, String source) {
		try {
			Boolean valid = Mono.usingWhen(Mono.from(ConnectionFactories.get(url).create()),
					(Connection connection) -> Mono.from(connection.validate(ValidationDepth.REMOTE)),
					Connection::close)
				.block(PROBE_TIMEOUT);
			if (!Boolean.TRUE.equals(valid)) {
				throw new IllegalStateException("the connection did not validate");
			}
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(source + ", but the database does not answer: " + ex, ex);
		}
	}

	/** The URL without its password, for messages. */
	static String redact(String url) {
		return url.replaceAll("(//[^:/@]+:)[^@/]*@", "$1****@");
	}
}
