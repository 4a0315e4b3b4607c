package io.ormdantic.testsupport.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.ormdantic.testsupport.load.Step.Cancellation;
import io.ormdantic.testsupport.load.Trace.Outcome;

/**
 * The figures of a load, printed as one block: throughput, latency percentiles of the steps that answered, and what
 * became of the others. Latencies are from a step's subscription to its end, waiting for a connection included, as a
 * caller sees them.
 */
public final class Report {

	private static final int FAILURES_LISTED = 5;

	private final String title;

	private final List<Trace> traces;

	private final Duration wall;

	private final Map<String, String> lines = new LinkedHashMap<>();

	/**
	 * @param title  what ran, where
	 * @param traces every step's trace
	 * @param wall   how long the load took
	 */
	public Report(String title, List<Trace> traces, Duration wall) {
		this.title = title;
		this.traces = List.copyOf(traces);
		this.wall = wall;
	}

	/** Adds a line of the caller's to the block (what the table or the pool showed afterwards, say). */
	public Report with(String label, String value) {
		this.lines.put(label, value);
		return this;
	}

	/** Adds what the load left: the connections still acquired, and what the table says against the acknowledged writes. */
	public Report aftermath(int acquired, Ledger ledger, List<String> problems) {
		return with("acquired after", acquired + " connections")
			.with("acknowledged", ledger.acknowledged() + " writes and seeded rows, " + problems.size() + " problems");
	}

	/** How many steps ran. */
	public int operations() {
		return this.traces.size();
	}

	/** The traces of one outcome. */
	public List<Trace> of(Outcome outcome) {
		return select(trace -> trace.outcome() == outcome);
	}

	/** How many steps ended so. */
	public int count(Outcome outcome) {
		return of(outcome).size();
	}

	/** The first few traces of an outcome, for an assertion's message. */
	public String first(Outcome outcome) {
		return first(of(outcome));
	}

	/** The first few of the traces, for an assertion's message. */
	public static String first(List<Trace> traces) {
		return traces.stream().limit(FAILURES_LISTED).map(Trace::toString).collect(Collectors.joining("; "));
	}

	/** The traces that match. */
	public List<Trace> select(Predicate<Trace> filter) {
		return this.traces.stream().filter(filter).toList();
	}

	/** Steps per second of wall time, whatever became of them. */
	public double throughput() {
		return this.traces.size() / (this.wall.toNanos() / 1e9);
	}

	/** The latency below which a share {@code quantile} of the answered steps ended; zero when none answered. */
	public static Duration percentile(List<Trace> traces, double quantile) {
		long[] sorted = traces.stream().mapToLong(trace -> trace.end() - trace.start()).sorted().toArray();
		if (sorted.length == 0) {
			return Duration.ZERO;
		}
		int rank = (int) Math.ceil(quantile * sorted.length) - 1;
		return Duration.ofNanos(sorted[Math.max(0, Math.min(sorted.length - 1, rank))]);
	}

	/** The block: one labelled line per figure, then the caller's lines, then the first failures. */
	@Override
	public String toString() {
		List<Trace> answered = of(Outcome.SUCCEEDED);
		List<Trace> cancelled = of(Outcome.CANCELLED);
		List<Trace> failed = of(Outcome.FAILED);
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("operations", String.format(Locale.ROOT, "%,d in %.1f s: %,.0f operations/s", this.traces.size(),
				this.wall.toNanos() / 1e9, throughput()));
		figures.put("latency", latency(answered) + " (" + String.format(Locale.ROOT, "%,d", answered.size()) + " answered)");
		int planned = select(trace -> trace.step().cancellation() != Cancellation.NONE).size();
		figures.put("cancelled", (planned == 0) ? "none planned" : String.format(Locale.ROOT, "%,d of %,d planned %s",
				cancelled.size(), planned, byCancellation(cancelled)));
		figures.put("failed", String.format(Locale.ROOT, "%,d", failed.size()));
		figures.put("hung", String.format(Locale.ROOT, "%,d", of(Outcome.HUNG).size()));
		figures.putAll(this.lines);
		StringBuilder block = new StringBuilder("---- ").append(this.title).append(" ----\n");
		figures.forEach((label, value) -> block.append(String.format(Locale.ROOT, "%-15s %s%n", label, value)));
		failed.stream().limit(FAILURES_LISTED).forEach(trace -> block.append("  failure: ").append(trace).append('\n'));
		return block.append("----").toString();
	}

	/** One line per kind of step: how many, and the latency of those that answered. */
	public List<String> byKind() {
		List<String> rows = new ArrayList<>();
		for (Step.Kind kind : Step.Kind.values()) {
			List<Trace> ofKind = select(trace -> trace.step().kind() == kind);
			List<Trace> answered = ofKind.stream().filter(trace -> trace.outcome() == Outcome.SUCCEEDED).toList();
			rows.add(String.format(Locale.ROOT, "  %-11s %,6d steps, %s", kind, ofKind.size(), latency(answered)));
		}
		return rows;
	}

	private static String latency(List<Trace> traces) {
		return String.format(Locale.ROOT, "p50 %s, p99 %s, max %s", millis(percentile(traces, 0.5)),
				millis(percentile(traces, 0.99)), millis(percentile(traces, 1)));
	}

	private static String millis(Duration duration) {
		return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
	}

	private static String byCancellation(List<Trace> cancelled) {
		Map<Cancellation, Long> counts = new EnumMap<>(Cancellation.class);
		cancelled.forEach(trace -> counts.merge(trace.step().cancellation(), 1L, Long::sum));
		return counts.entrySet().stream().map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT) + " " + entry.getValue())
			.collect(Collectors.joining(", ", "(", ")"));
	}
}
