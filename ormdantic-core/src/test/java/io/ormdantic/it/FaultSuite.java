package io.ormdantic.it;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import io.ormdantic.Ormdantic;
import io.ormdantic.testsupport.load.LoadItem;
import io.ormdantic.testsupport.load.Pools;
import io.ormdantic.testsupport.load.Report;
import io.ormdantic.testsupport.load.Step;
import io.ormdantic.testsupport.load.Trace;
import io.ormdantic.testsupport.load.Trace.Outcome;
import io.ormdantic.testsupport.load.Traffic;
import org.junit.jupiter.api.Assumptions;

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
	private static final Duration FAILURE_MARGIN = Duration.ofSeconds(2);

	/** Operations at once: twice the pool, so that some always wait for a connection. */
	private static final int LANES = 20;

	/** How long a lane waits after a failure before its next operation, as a client would before trying again. */
	private static final Duration PAUSE = Duration.ofMillis(100);

	/** Operations that answer before the disturbance, and that start after it: the load runs on both sides. */
	private static final int BEFORE = 200;

	private static final int AFTER = 300;

	/** How long, at least, the load goes on once the database is back. */
	private static final Duration AFTER_TIME = Duration.ofSeconds(2);

	/** The engine under load, over {@code url}: a pool of 10 that fails fast; the caller closes it. */
	Ormdantic engine(String url) {
		return Ormdantic.builder(url).models(models()).poolSize(10).acquireTimeout(ACQUIRE_TIMEOUT).build();
	}

	/** Skips a scenario on H2, which runs inside this JVM: there is no server or connection to disturb. */
	void assumeServer(String what) {
		Assumptions.assumeFalse("H2".equals(this.database.dialectName()), () -> "H2 runs inside this JVM: no " + what);
	}

	/**
	 * Runs a load on the engine, disturbs the database in its middle, lets the load go on once {@code disturb} has
	 * returned (the database is back), and checks the guarantees.
	 *
	 * @param disturb disturbs the database and returns once it accepts connections again
	 */
	void survives(String scenario, Ormdantic engine, Runnable disturb) throws InterruptedException {
		Traffic traffic = Traffic.seed(engine.table(LoadItem.class), 200, 5_000, HANG_LIMIT);
		Random random = new Random(this.seed);
		Queue<Trace> traces = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		long start = System.nanoTime();
		CompletableFuture<Void> load = traffic.lanes(LANES, () -> Step.draw(random, 0), stop::get, PAUSE)
			.doOnNext(traces::add)
			.then()
			.toFuture();
		boolean warm = Clusters.eventually(Duration.ofSeconds(30), () -> count(traces, t -> t.outcome() == Outcome.SUCCEEDED) >= BEFORE);

		long disturbed = System.nanoTime();
		disturb.run();
		long back = System.nanoTime();
		boolean resumed = Clusters.eventually(Duration.ofSeconds(30), () -> System.nanoTime() - back >= AFTER_TIME.toNanos()
				&& count(traces, t -> t.startedAfter(back)) >= AFTER);
		stop.set(true);
		awaitEnd(load);
		Duration wall = Duration.ofNanos(System.nanoTime() - start);

		int acquired = Pools.acquiredAfter(engine.connectionFactory(), DRAIN_LIMIT);
		List<String> problems = traffic.ledger().check(traffic.rows());
		Report report = new Report(title(scenario + " under " + LANES + " lanes, acquire timeout " + ACQUIRE_TIMEOUT.toSeconds() + " s"),
				List.copyOf(traces), wall);
		List<Trace> during = report.select(t -> t.startedAfter(disturbed) && !t.startedAfter(back));
		List<Trace> after = report.select(t -> t.startedAfter(back));
		List<Trace> slowFailures = report.select(t -> t.outcome() == Outcome.FAILED
				&& t.duration().compareTo(ACQUIRE_TIMEOUT.plus(FAILURE_MARGIN)) > 0);
		List<Trace> failedAfter = after.stream().filter(t -> t.outcome() != Outcome.SUCCEEDED).toList();
		report.with("disturbance", String.format("%.1f s", (back - disturbed) / 1e9))
			.with("during it", outcomes(during))
			.with("after it", outcomes(after))
			.with("slowest failure", millis(Report.percentile(report.of(Outcome.FAILED), 1)))
			.with("acquired after", acquired + " connections")
			.with("acknowledged", traffic.ledger().acknowledged() + " writes and seeded rows, " + problems.size() + " problems");
		System.out.println(report);

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

	private static void awaitEnd(CompletableFuture<Void> load) throws InterruptedException {
		try {
			// Each lane's last operation ends within the hang limit.
			load.get(HANG_LIMIT.toSeconds() + 10, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new AssertionError("the load did not end: " + ex, ex);
		}
	}

	private static long count(Queue<Trace> traces, Predicate<Trace> filter) {
		return traces.stream().filter(filter).count();
	}

	private static String outcomes(List<Trace> traces) {
		return String.format("%d operations started: %d answered, %d failed, %d hung", traces.size(),
				traces.stream().filter(t -> t.outcome() == Outcome.SUCCEEDED).count(),
				traces.stream().filter(t -> t.outcome() == Outcome.FAILED).count(),
				traces.stream().filter(t -> t.outcome() == Outcome.HUNG).count());
	}

	private static String millis(Duration duration) {
		return duration.toMillis() + " ms";
	}
}
