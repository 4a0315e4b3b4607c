package io.ormdantic.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaMode;
import io.ormdantic.benchmarks.BenchDatabase;
import io.ormdantic.testsupport.load.FaultLoad;
import io.ormdantic.testsupport.load.LoadItem;
import io.ormdantic.testsupport.load.Pools;
import io.ormdantic.testsupport.load.Report;
import io.ormdantic.testsupport.load.Step;
import io.ormdantic.testsupport.load.TcpProxy;
import io.ormdantic.testsupport.load.Trace;
import io.ormdantic.testsupport.load.Trace.Outcome;
import io.ormdantic.testsupport.load.Traffic;

/**
 * The scenarios of core's load suite (issue 16), longer, as a profile that prints throughput and latency percentiles:
 * the same {@link Traffic} of every operation (insert, insertAll, findOne, findMany, stream, count, update, upsert,
 * delete), {@value #IN_FLIGHT} at a time on a pool of {@value #POOL}, once with nothing cancelled and once with a
 * fifth given up on at random points (the difference is what cancellations cost, the drain of cancelled results
 * included); then a load of {@value #LANES} lanes whose connections a {@link TcpProxy} cuts several times; then, on
 * request, a load during a restart of the local server ({@code .ci/db-restart}, which disturbs everyone using it).
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.ormdantic.benchmarks.load.LoadProfile \
 *     postgres [--operations 20000] [--cuts 3] [--seconds 5] [--restart] [--seed N]
 * </pre>
 * Each phase prints its block (the tests' figures, and the latency per operation); the end, one Markdown table of
 * all phases. The load tests assert; this only measures, and fails on nothing.
 */
public final class LoadProfile {

	private static final int IN_FLIGHT = 500;

	private static final int POOL = 10;

	private static final int LANES = 20;

	private static final double CANCELLED = 0.2;

	private static final Duration HANG_LIMIT = Duration.ofSeconds(10);

	/** The fault phases' acquire timeout, as the tests': short, so that operations during an outage fail soon. */
	private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(3);

	private static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

	private final String database;

	private final String url;

	private final Options options;

	private final List<String> rows = new ArrayList<>();

	private LoadProfile(String database, Options options) {
		this.database = database;
		this.url = BenchDatabase.of(database).url();
		this.options = options;
	}

	/**
	 * What to run.
	 *
	 * @param operations operations of each traffic phase
	 * @param cuts       connection cuts of the cut phase (0: no cut phase)
	 * @param after      how long the load runs after each disturbance
	 * @param restart    whether to restart the local server (never on H2)
	 * @param seed       the seed of the random steps
	 */
	record Options(int operations, int cuts, Duration after, boolean restart, long seed) {

		static Options parse(List<String> args) {
			return new Options(Integer.parseInt(value(args, "--operations", "20000")), Integer.parseInt(value(args, "--cuts", "3")),
					Duration.ofSeconds(Long.parseLong(value(args, "--seconds", "5"))), args.contains("--restart"),
					Long.parseLong(value(args, "--seed", String.valueOf(System.nanoTime()))));
		}

		private static String value(List<String> args, String option, String otherwise) {
			int at = args.indexOf(option);
			return (at >= 0 && at + 1 < args.size()) ? args.get(at + 1) : otherwise;
		}
	}

	/**
	 * Runs the profile.
	 *
	 * @param args the database ({@code h2}, {@code postgres}, {@code mariadb}; a server's URL comes from the variable the
	 *             tests read), then the options of the class's description
	 */
	public static void main(String[] args) {
		if (args.length < 1 || args[0].startsWith("--")) {
			System.err.println("Usage: LoadProfile <h2|postgres|mariadb> [--operations N] [--cuts N] [--seconds S] "
					+ "[--restart] [--seed N]");
			System.exit(2);
		}
		new LoadProfile(args[0], Options.parse(List.of(args))).run();
	}

	private void run() {
		System.out.printf("Load profile on %s, seed %d%n", this.database, this.options.seed());
		traffic("traffic, nothing cancelled", 0);
		traffic("traffic, a fifth cancelled", CANCELLED);
		boolean server = !"h2".equals(this.database);
		if (server && this.options.cuts() > 0) {
			try (TcpProxy proxy = TcpProxy.to(this.url)) {
				disturbed(this.options.cuts() + " connection cuts", proxy.url(this.url), load -> {
					for (int cut = 0; cut < this.options.cuts(); cut++) {
						FaultLoad.Window window = load.disturb(proxy::cut);
						load.awaitStartedAfter(window.back(), 0, this.options.after(), this.options.after().multipliedBy(2));
					}
				});
			}
		}
		if (server && this.options.restart()) {
			disturbed("server restart", this.url, load -> {
				FaultLoad.Window window = load.disturb(() -> restart("postgres".equals(this.database) ? "postgres" : "mariadb"));
				load.awaitStartedAfter(window.back(), 0, this.options.after(), this.options.after().multipliedBy(2));
			});
		}
		System.out.println();
		System.out.println("| " + this.database + " | operations | operations/s | p50 | p99 | cancelled | failed "
				+ "| failed after back | hung | acquired after | lost writes |");
		System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
		this.rows.forEach(System.out::println);
	}

	/** A traffic phase: the operations {@value #IN_FLIGHT} at a time, {@code cancelled} of them cancelled. */
	private void traffic(String phase, double cancelled) {
		int operations = this.options.operations();
		try (Ormdantic engine = engine(this.url, Duration.ofSeconds(10))) {
			// A quarter of the steps write a row of their own (update, delete, half the upserts): a margin over it.
			Traffic traffic = Traffic.seed(engine.table(LoadItem.class), 1_000, operations * 3 / 10, HANG_LIMIT);
			List<Step> steps = Step.draw(new Random(this.options.seed()), operations, cancelled);
			long start = System.nanoTime();
			List<Trace> traces = traffic.run(steps, IN_FLIGHT);
			Report report = new Report(phase + " [" + this.database + "], " + IN_FLIGHT + " in flight on a pool of " + POOL,
					traces, Duration.ofNanos(System.nanoTime() - start));
			finish(phase, engine, traffic, report, List.of());
		}
	}

	/** A fault phase: {@value #LANES} lanes of uncancelled operations, disturbed by {@code disturbances}. */
	private void disturbed(String phase, String url, Consumer<FaultLoad> disturbances) {
		try (Ormdantic engine = engine(url, ACQUIRE_TIMEOUT)) {
			Traffic traffic = Traffic.seed(engine.table(LoadItem.class), 1_000, 20_000, HANG_LIMIT);
			FaultLoad load = new FaultLoad(traffic, this.options.seed(), LANES, HANG_LIMIT);
			load.awaitAnswered(500, Duration.ofSeconds(30));
			disturbances.accept(load);
			FaultLoad.Result result = load.stop();
			Report report = result.report(phase + " [" + this.database + "], " + LANES + " lanes, acquire timeout "
					+ ACQUIRE_TIMEOUT.toSeconds() + " s");
			finish(phase, engine, traffic, report, result.after());
		}
	}

	/** Prints the phase's block and adds its row: what the pool and the table show afterwards included. */
	private void finish(String phase, Ormdantic engine, Traffic traffic, Report report, List<Trace> afterBack) {
		int acquired = Pools.acquiredAfter(engine.connectionFactory(), DRAIN_LIMIT);
		List<String> problems = traffic.ledger().check(traffic.rows());
		report.aftermath(acquired, traffic.ledger(), problems);
		System.out.println(report);
		report.byKind().forEach(System.out::println);
		problems.forEach(problem -> System.out.println("  problem: " + problem));
		List<Trace> answered = report.of(Outcome.SUCCEEDED);
		long failedAfterBack = afterBack.stream().filter(trace -> trace.outcome() != Outcome.SUCCEEDED).count();
		this.rows.add(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.1f ms | %.1f ms | %,d | %,d | %s | %,d | %d | %d |",
				phase, report.operations(), report.throughput(), millis(Report.percentile(answered, 0.5)),
				millis(Report.percentile(answered, 0.99)), report.count(Outcome.CANCELLED), report.count(Outcome.FAILED),
				afterBack.isEmpty() ? "-" : String.format(Locale.ROOT, "%,d of %,d", failedAfterBack, afterBack.size()),
				report.count(Outcome.HUNG), acquired, problems.size()));
	}

	/** An engine over a fresh table: a pool of {@value #POOL} that waits {@code acquireTimeout} for a connection. */
	private static Ormdantic engine(String url, Duration acquireTimeout) {
		Ormdantic engine = Ormdantic.builder(url).models(LoadItem.class).poolSize(POOL).acquireTimeout(acquireTimeout)
			.schema(SchemaMode.DROP_CREATE).build();
		engine.schemaReady().block(Duration.ofMinutes(1));
		return engine;
	}

	private static double millis(Duration duration) {
		return duration.toNanos() / 1e6;
	}

	/** Runs {@code .ci/db-restart}, found above the working directory, which returns once the server is back. */
	private static void restart(String server) {
		Path script = null;
		for (Path directory = Path.of("").toAbsolutePath(); directory != null && script == null; directory = directory.getParent()) {
			Path candidate = directory.resolve(".ci/db-restart");
			script = Files.isExecutable(candidate) ? candidate : null;
		}
		if (script == null) {
			throw new IllegalStateException("no .ci/db-restart above " + Path.of("").toAbsolutePath() + ": run from the repository");
		}
		try {
			int status = new ProcessBuilder(script.toString(), server).inheritIO().start().waitFor();
			if (status != 0) {
				throw new IllegalStateException(script + " " + server + " failed (" + status + ")");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not run " + script, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}
}
