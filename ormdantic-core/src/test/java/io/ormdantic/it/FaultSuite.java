package io.ormdantic.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.ormdantic.Ormdantic;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.load.FaultLoad;
import io.ormdantic.testsupport.load.LoadItem;
import io.ormdantic.testsupport.load.Pools;
import io.ormdantic.testsupport.load.Report;
import io.ormdantic.testsupport.load.Trace;
import io.ormdantic.testsupport.load.Trace.Outcome;
import io.ormdantic.testsupport.load.Traffic;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the suites that disturb a database in the middle of a load (issue 16, item 5): operations during the
 * disturbance fail within the pool's acquire timeout and never hang, every operation started once the database is
 * back answers, and every write that was acknowledged is in the table afterwards.
 */
abstract class FaultSuite extends LoadSuite {

	/** Short, so that operations during the outage fail soon: the pool's acquire timeout of the engine under load. */
	static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(3);

	/**
	 * What a failing operation may take beyond the acquire timeout: a read that lost its connection is tried again
	 * after a back-off, and the retry then waits for a connection itself.
	 */
	static final Duration FAILURE_MARGIN = Duration.ofSeconds(2);

	/** Operations at once: twice the pool, so that some always wait for a connection. */
	private static final int LANES = 20;

	/** Operations that answer before the disturbance, and that start after it: the load runs on both sides. */
	private static final int BEFORE = 200;

	private static final int AFTER = 300;

	/** How long, at least, the load goes on once the database is back. */
	private static final Duration AFTER_TIME = Duration.ofSeconds(2);

	/** How long the load may take to reach {@link #BEFORE} or {@link #AFTER}. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The connections of the engine's pool. */
	static final int POOL = 10;

	/** Long enough for the client to have seen its connections end (a reset arrives within a millisecond here). */
	private static final Duration SETTLE = Duration.ofMillis(500);

	/** The engine under load, over {@code url}: a pool of 10 that fails fast; the caller closes it. */
	Ormdantic engine(String url) {
		return Ormdantic.builder(url).models(models()).poolSize(POOL).acquireTimeout(ACQUIRE_TIMEOUT).build();
	}

	/**
	 * Fills the engine's pool with idle connections, disturbs the database, and once it is back and the client has seen
	 * those connections end, runs a write and a read, which must answer: a pool that was idle through an outage (a
	 * restart at night, a network device dropping quiet connections) holds nothing but dead connections then.
	 *
	 * @param disturb disturbs the database and returns once it accepts connections again
	 */
	void anIdlePoolAnswersOnceTheDatabaseIsBack(Ormdantic engine, Runnable disturb) {
		TableOperations<LoadItem> items = engine.table(LoadItem.class);
		ConnectionPool pool = (ConnectionPool) engine.connectionFactory();
		// All at once, then all back: every connection of the pool open and idle.
		Flux.range(0, POOL).flatMap(i -> Mono.from(pool.create()), POOL).collectList()
			.flatMapMany(connections -> Flux.fromIterable(connections).concatMap(Connection::close))
			.blockLast(HANG_LIMIT);
		assertThat(pool.getMetrics().orElseThrow().idleSize()).as("idle connections before").isEqualTo(POOL);
		disturb.run();
		Pools.sleep(SETTLE);
		assertThat(answer(() -> items.insert(new LoadItem(null, 1, "the first write after")).block(HANG_LIMIT)))
			.as("the first write once the database is back").isEqualTo("answered");
		assertThat(answer(() -> items.count().block(HANG_LIMIT))).as("the first read after it").isEqualTo("answered");
	}

	/** "answered", or the failure with its causes, for an assertion that shows them. */
	static String answer(Supplier<?> operation) {
		try {
			operation.get();
			return "answered";
		}
		catch (RuntimeException ex) {
			return Trace.causes(ex);
		}
	}

	/**
	 * Runs a load on the engine, disturbs the database in its middle, lets the load go on once {@code disturb} has
	 * returned (the database is back), and checks the guarantees.
	 *
	 * @param disturb disturbs the database and returns once it accepts connections again
	 */
	void survives(String scenario, Ormdantic engine, Runnable disturb) {
		Traffic traffic = Traffic.seed(engine.table(LoadItem.class), 200, 5_000, HANG_LIMIT);
		FaultLoad load = new FaultLoad(traffic, this.seed, LANES, HANG_LIMIT);
		boolean warm = load.awaitAnswered(BEFORE, PATIENCE);
		FaultLoad.Window disturbance = load.disturb(disturb);
		boolean resumed = load.awaitStartedAfter(disturbance.back(), AFTER, AFTER_TIME, PATIENCE);
		FaultLoad.Result result = load.stop();

		int acquired = Pools.acquiredAfter(engine.connectionFactory(), DRAIN_LIMIT);
		List<String> problems = traffic.ledger().check(traffic.rows());
		Report report = result.report(title(scenario + " under " + LANES + " lanes, acquire timeout "
				+ ACQUIRE_TIMEOUT.toSeconds() + " s"))
			.aftermath(acquired, traffic.ledger(), problems);
		System.out.println(report);

		List<Trace> slowFailures = result.failedLaterThan(ACQUIRE_TIMEOUT.plus(FAILURE_MARGIN));
		List<Trace> failedAfter = result.after().stream().filter(trace -> trace.outcome() != Outcome.SUCCEEDED).toList();
		assertThat(warm).as("%d operations answered before the disturbance", BEFORE).isTrue();
		assertThat(report.count(Outcome.HUNG)).as("operations that did not end within %s: %s", HANG_LIMIT,
				report.first(Outcome.HUNG)).isZero();
		assertThat(slowFailures.size()).as("operations that failed later than the acquire timeout %s + %s: %s",
				ACQUIRE_TIMEOUT, FAILURE_MARGIN, Report.first(slowFailures)).isZero();
		assertThat(resumed).as("%d operations started once the database was back", AFTER).isTrue();
		assertThat(failedAfter.size()).as("operations started once the database was back that did not answer: %s",
				Report.first(failedAfter)).isZero();
		assertThat(acquired).as("connections still acquired %s after the load", DRAIN_LIMIT).isZero();
		assertThat(problems).as("what the table says against the acknowledged writes").isEmpty();
	}
}
