package io.ormdantic.testsupport.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import io.ormdantic.testsupport.load.Trace.Outcome;

/**
 * A load that runs while the database is disturbed (restarted, its connections cut): {@code lanes} operations at
 * once, without cancellations, each lane pausing after a failure as a client would. The caller starts it, disturbs
 * the database through {@link #disturb} as often as it likes, and stops it; the {@link Result} tells the operations
 * started during a disturbance from those started once the database was back.
 */
public final class FaultLoad {

	/** How long a lane waits after a failure before its next operation, instead of spinning while the database is away. */
	private static final Duration PAUSE = Duration.ofMillis(100);

	private final Queue<Trace> traces = new ConcurrentLinkedQueue<>();

	private final List<Window> windows = new ArrayList<>();

	private final AtomicBoolean stop = new AtomicBoolean();

	private final Duration hangLimit;

	private final long start = System.nanoTime();

	private final CompletableFuture<Void> load;

	/**
	 * A disturbance: from its start to the moment the database accepted connections again ({@link System#nanoTime()}).
	 *
	 * @param disturbed when it began
	 * @param back      when the database was back
	 */
	public record Window(long disturbed, long back) {

		boolean holds(Trace trace) {
			return trace.startedAfter(this.disturbed) && !trace.startedAfter(this.back);
		}
	}

	/** Starts the load: steps drawn from {@code seed}, uncancelled, in {@code lanes} lanes. */
	public FaultLoad(Traffic traffic, long seed, int lanes, Duration hangLimit) {
		Random random = new Random(seed);
		this.hangLimit = hangLimit;
		this.load = traffic.lanes(lanes, () -> Step.draw(random, 0), this.stop::get, PAUSE)
			.doOnNext(this.traces::add)
			.then()
			.toFuture();
	}

	/** Waits until {@code count} operations have answered; whether they did within {@code limit}. */
	public boolean awaitAnswered(int count, Duration limit) {
		return eventually(limit, () -> count(trace -> trace.outcome() == Outcome.SUCCEEDED) >= count);
	}

	/** Disturbs the database: {@code disturbance} returns once the database accepts connections again. */
	public Window disturb(Runnable disturbance) {
		long disturbed = System.nanoTime();
		disturbance.run();
		Window window = new Window(disturbed, System.nanoTime());
		synchronized (this.windows) {
			this.windows.add(window);
		}
		return window;
	}

	/**
	 * Lets the load run on for {@code atLeast}, and until {@code count} operations started after {@code instant};
	 * whether they did within {@code limit}.
	 */
	public boolean awaitStartedAfter(long instant, int count, Duration atLeast, Duration limit) {
		return eventually(limit, () -> System.nanoTime() - instant >= atLeast.toNanos()
				&& count(trace -> trace.startedAfter(instant)) >= count);
	}

	/**
	 * Stops the load and waits for its last operations, each of which ends within the hang limit.
	 *
	 * @throws IllegalStateException when the load does not end: a lane did not
	 */
	public Result stop() {
		this.stop.set(true);
		try {
			this.load.get(this.hangLimit.toSeconds() + 10, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("the load did not end: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		synchronized (this.windows) {
			return new Result(List.copyOf(this.traces), List.copyOf(this.windows), Duration.ofNanos(System.nanoTime() - this.start));
		}
	}

	private long count(Predicate<Trace> filter) {
		return this.traces.stream().filter(filter).count();
	}

	/** Checks {@code condition} every 50 ms until it holds or {@code limit} has passed; whether it held. */
	static boolean eventually(Duration limit, BooleanSupplier condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			Pools.sleep(Duration.ofMillis(50));
		}
		return true;
	}

	/**
	 * What a disturbed load did.
	 *
	 * @param traces  every operation's trace
	 * @param windows the disturbances, in order
	 * @param wall    how long the load ran
	 */
	public record Result(List<Trace> traces, List<Window> windows, Duration wall) {

		/** The operations started during a disturbance. */
		public List<Trace> during() {
			return this.traces.stream().filter(trace -> this.windows.stream().anyMatch(window -> window.holds(trace))).toList();
		}

		/** The operations started once the database was back from a disturbance, and before any next one. */
		public List<Trace> after() {
			return this.traces.stream()
				.filter(trace -> !this.windows.isEmpty() && trace.startedAfter(this.windows.get(0).back()))
				.filter(trace -> this.windows.stream().noneMatch(window -> window.holds(trace)))
				.toList();
		}

		/** The operations that failed later than {@code limit} after their start. */
		public List<Trace> failedLaterThan(Duration limit) {
			return this.traces.stream()
				.filter(trace -> trace.outcome() == Outcome.FAILED && trace.duration().compareTo(limit) > 0)
				.toList();
		}

		/** The figures, with the disturbances' and what the operations during and after them did. */
		public Report report(String title) {
			Report report = new Report(title, this.traces, this.wall);
			double disturbed = this.windows.stream().mapToLong(window -> window.back() - window.disturbed()).sum() / 1e9;
			return report.with("disturbances", String.format(Locale.ROOT, "%d, %.1f s in all", this.windows.size(), disturbed))
				.with("during them", outcomes(during()))
				.with("after them", outcomes(after()))
				.with("slowest failure", String.format(Locale.ROOT, "%d ms",
						Report.percentile(report.of(Outcome.FAILED), 1).toMillis()));
		}

		private static String outcomes(List<Trace> traces) {
			return String.format(Locale.ROOT, "%,d operations started: %,d answered, %,d failed, %,d hung", traces.size(),
					traces.stream().filter(trace -> trace.outcome() == Outcome.SUCCEEDED).count(),
					traces.stream().filter(trace -> trace.outcome() == Outcome.FAILED).count(),
					traces.stream().filter(trace -> trace.outcome() == Outcome.HUNG).count());
		}
	}
}
