package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.Result;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.StatementCounter;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstances;
import org.opentest4j.TestAbortedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Base of the integration suites. Each suite is written once against the contract; {@link EverySuite} nests
 * one subclass of each, and {@link H2Tests}, {@link MariaDbTests} and {@link PostgresTests} run them all on
 * their database.
 * <p>
 * The suite's tables are dropped and created before each test, so that no test sees another's rows; the
 * table names start with {@code it_} because other modules' tests share the MariaDB and PostgreSQL databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(IntegrationSuite.DatabaseSelector.class)
@Timeout(120)
abstract class IntegrationSuite {

	/** Long enough for a loaded CI machine, short enough that a hung operation fails instead of stalling the build. */
	static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** The database under test, from the {@link OnDatabase} of the class that runs this suite; set before {@code @BeforeAll}. */
	private TestDatabase testDatabase;

	/** The URL of this suite's database: one H2 database per suite, the shared server database otherwise. */
	String url;

	/** The database under test, connected as a user would: {@link Ormdantic#connect(String)}. */
	Ormdantic database;

	private final List<AutoCloseable> closeables = new ArrayList<>();

	/** Why the database is not available outside CI; each test is then reported as skipped with this reason. */
	private String unavailable;

	/** The models this suite registers, related models first. */
	abstract Class<?>[] models();

	@BeforeAll
	void connect() {
		try {
			this.url = this.testDatabase.url();
		}
		catch (TestAbortedException ex) {
			// Aborting here would hide the tests from the report; aborting each one lists them as skipped.
			this.unavailable = ex.getMessage();
			return;
		}
		this.database = Ormdantic.connect(this.url);
		this.closeables.add(this.database);
		this.database.register(models());
	}

	@BeforeEach
	void recreateTables() {
		Assumptions.assumeTrue(this.unavailable == null, () -> this.unavailable);
		this.database.dropAll().then(this.database.init()).block(TIMEOUT);
	}

	@AfterAll
	void close() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	<T> TableOperations<T> table(Class<T> model) {
		return this.database.table(model);
	}

	/** Another {@link Ormdantic} on this suite's database; closed after the suite. */
	Ormdantic connectAgain() {
		Ormdantic other = Ormdantic.connect(this.url);
		this.closeables.add(other);
		return other;
	}

	/** Another {@link Ormdantic} on this suite's database with this suite's models and more options; closed after the suite. */
	Ormdantic build(java.util.function.UnaryOperator<Ormdantic.Builder> options) {
		return remember(options.apply(Ormdantic.builder(this.url).models(models())).build());
	}

	/** Another {@link Ormdantic} on this suite's database with other models (another version of them, say). */
	Ormdantic buildWith(Class<?>... models) {
		return remember(Ormdantic.builder(this.url).models(models).build());
	}

	private Ormdantic remember(Ormdantic database) {
		this.closeables.add(database);
		return database;
	}

	/**
	 * An {@link Ormdantic} on this suite's database, with this suite's models registered, whose statements
	 * are counted; its pool is closed after the suite.
	 */
	Counted counted() {
		ConnectionPool pool = Connections.pooled(this.url, 2);
		this.closeables.add(pool::dispose);
		StatementCounter statements = new StatementCounter(pool);
		return new Counted(Ormdantic.create(statements).register(models()), statements);
	}

	/**
	 * A database whose statements are counted.
	 *
	 * @param database   the database, with the suite's models registered
	 * @param statements the statements its connections created
	 */
	record Counted(Ormdantic database, StatementCounter statements) {
	}

	static <T> T block(Mono<T> mono) {
		return mono.block(TIMEOUT);
	}

	static <T> List<T> blockList(Flux<T> flux) {
		return flux.collectList().block(TIMEOUT);
	}

	static <T> List<T> data(Mono<Result<T>> result) {
		return block(result).data();
	}

	/** The values of one field of each model, in order, for readable assertions. */
	static <T, V> List<V> each(Collection<T> models, Function<T, V> field) {
		return models.stream().map(field).toList();
	}

	/**
	 * Tells each suite its database: the outermost test instance is the per-database class, whose
	 * {@link OnDatabase} names it. (The suites are inner classes declared once in {@link EverySuite}, so their
	 * own enclosing class is the same for every database; only the instance knows.)
	 */
	static final class DatabaseSelector implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			TestInstances instances = context.getRequiredTestInstances();
			Class<?> outermost = instances.getAllInstances().get(0).getClass();
			OnDatabase on = outermost.getAnnotation(OnDatabase.class);
			if (on == null) {
				throw new IllegalStateException(outermost.getName() + " runs integration suites but has no @OnDatabase");
			}
			((IntegrationSuite) instances.getInnermostInstance()).testDatabase = on.value();
		}
	}
}
