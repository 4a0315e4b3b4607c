package io.ormdantic.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A diagnostic beside the JMH suite: Ormdantic and one other implementation of a comparison take turns in one JVM,
 * a slice of calls each, and each slice is timed by the calling thread's CPU time. On H2 the whole operation runs on
 * that thread, so other processes on the machine do not move the numbers, and a change of a few percent shows from
 * one run to the next where JMH's wall-clock turns need many runs. On a server database most of an operation is
 * spent waiting, so there {@code --wall} times the slices by the clock instead.
 * <p>
 * Run it from the benchmarks jar:
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.ormdantic.benchmarks.CpuTimeTurns \
 *     h2 FindParents20Children10 [rounds] [handwritten|springData] [--wall]
 * </pre>
 * It prints the median time per operation of each and the median of the per-round ratios, as {@code ratios.sh} reads
 * them (Ormdantic's throughput over the other's), with their interquartile range.
 */
public final class CpuTimeTurns {

	/** Calls per slice: about a tenth of a second of an H2 read. */
	private static final int CALLS = 2_000;

	static final int WARMUP_ROUNDS = 20;

	private CpuTimeTurns() {
	}

	/**
	 * Runs the turns.
	 *
	 * @param args the database ({@code h2}, {@code postgres}, {@code mariadb}), the comparison (a benchmark class's
	 *             name without {@code Benchmark}), optionally the number of measured rounds (default 40), the other
	 *             implementation (default {@code handwritten}) and {@code --wall}
	 */
	public static void main(String[] args) throws ReflectiveOperationException {
		if (args.length < 2) {
			System.err.println("Usage: CpuTimeTurns <h2|postgres|mariadb> <Comparison> [rounds] "
					+ "[handwritten|springData] [--wall]");
			System.exit(2);
		}
		boolean wall = Arrays.asList(args).contains("--wall");
		String[] positional = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
		Comparison comparison = (Comparison) Class
			.forName(CpuTimeTurns.class.getPackageName() + "." + positional[1] + "Benchmark")
			.getDeclaredConstructor()
			.newInstance();
		int rounds = positional.length > 2 ? Integer.parseInt(positional[2]) : 40;
		boolean springData = positional.length > 3 && positional[3].equals("springData");
		BenchState state = new BenchState();
		state.db = positional[0];
		state.open();
		try {
			comparison.checkSameAnswers(state);
			Turns turns = run(comparison, state, rounds, springData, wall ? System::nanoTime : cpuClock());
			System.out.println(turns.describe(positional[0] + " " + positional[1],
					springData ? "springData" : "handwritten", wall ? "wall" : "CPU"));
		}
		finally {
			state.close();
		}
	}

	static LongSupplier cpuClock() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return threads::getCurrentThreadCpuTime;
	}

	private static Turns run(Comparison comparison, BenchState state, int rounds, boolean springData,
			LongSupplier clock) {
		Runnable other = springData ? () -> comparison.springData(state) : () -> comparison.handwritten(state);
		return run(() -> comparison.ormdantic(state), other, WARMUP_ROUNDS, rounds, clock);
	}

	/** {@code warmUp} rounds, then {@code rounds} rounds of a slice of each, who goes first alternating. */
	static Turns run(Runnable ormdantic, Runnable other, int warmUp, int rounds, LongSupplier clock) {
		for (int round = 0; round < warmUp; round++) {
			slice(ormdantic, clock);
			slice(other, clock);
		}
		double[] ormdanticNanos = new double[rounds];
		double[] otherNanos = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			// Who goes first alternates, so that neither always runs right after the other.
			if (round % 2 == 0) {
				ormdanticNanos[round] = slice(ormdantic, clock);
				otherNanos[round] = slice(other, clock);
			}
			else {
				otherNanos[round] = slice(other, clock);
				ormdanticNanos[round] = slice(ormdantic, clock);
			}
		}
		return new Turns(ormdanticNanos, otherNanos);
	}

	/** Nanoseconds per call of {@code calls} calls in a row. */
	private static double slice(Runnable call, LongSupplier clock) {
		long start = clock.getAsLong();
		for (int i = 0; i < CALLS; i++) {
			call.run();
		}
		return (clock.getAsLong() - start) / (double) CALLS;
	}

	/**
	 * The nanoseconds per call of each round.
	 *
	 * @param ormdantic Ormdantic's, round by round
	 * @param other     the other implementation's, in the same rounds
	 */
	record Turns(double[] ormdantic, double[] other) {

		/** Ormdantic's throughput over the other's in each round: the other's time per call over Ormdantic's. */
		double[] ratios() {
			double[] ratios = new double[this.ormdantic.length];
			for (int round = 0; round < ratios.length; round++) {
				ratios[round] = this.other[round] / this.ormdantic[round];
			}
			return ratios;
		}

		/** One line: the median times and the median ratio with its interquartile range. */
		String describe(String comparison, String otherName, String clock) {
			double[] ratios = ratios();
			return String.format(Locale.ROOT,
					"%s: ormdantic %.0f ns/op, %s %.0f ns/op (%s time); ormdantic/%s = %.3f (IQR %.3f-%.3f, %d rounds)",
					comparison, quantile(this.ormdantic, 0.5), otherName, quantile(this.other, 0.5), clock,
					otherName.toLowerCase(Locale.ROOT), quantile(ratios, 0.5), quantile(ratios, 0.25),
					quantile(ratios, 0.75), ratios.length);
		}

		/** The {@code q} quantile of {@code values}, interpolated between neighbours. */
		static double quantile(double[] values, double q) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			double position = q * (sorted.length - 1);
			int below = (int) Math.floor(position);
			int above = Math.min(below + 1, sorted.length - 1);
			return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
		}
	}
}
