package io.ormdantic.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.ormdantic.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import reactor.core.publisher.Mono;

/**
 * One operation measured three ways in the same run. A subclass names the operation (its class name) and gives the
 * three implementations; each measured call builds the operation and blocks on its result, so one call is one
 * complete round trip however the implementation schedules it.
 * <p>
 * Two ways to measure them:
 * <ul>
 * <li>{@code ormdantic}, {@code handwritten} and {@code springData}: one JMH benchmark each, in forks of their own,
 * as JMH usually compares code;</li>
 * <li>{@code interleaved}, which {@code ratios.sh} runs: the implementations take turns, one JMH iteration each, in
 * an order that rotates from turn to turn (see {@link #implementation(int)}), in the same JVM. Neighbouring
 * iterations are a second apart, so a slow spell of a shared machine, or a fork that JIT-compiled into a slower
 * shape, weighs on all three alike, and the ratio of two neighbours holds where their absolute numbers do not. Its
 * JMH score mixes the three and means nothing alone; {@code ratios.sh} splits the measured iterations by turn.</li>
 * </ul>
 * <p>
 * Before measuring, every trial runs each implementation once and fails when their answers differ, so that the
 * numbers never compare different work: Ormdantic and hand-written code must return equal records; Spring Data, whose
 * entities are other classes, must return equal records where it builds the same ones, and as many rows otherwise.
 * <p>
 * The annotations are the full interleaved profile's, the defaults when the jar runs without options; {@code ratios.sh}
 * passes its own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 27, time = 1)
@State(Scope.Benchmark)
public abstract class Comparison {

	/** The implementations {@link #interleaved} gives turns to; which runs when is {@link #implementation(int)}. */
	public static final List<String> IMPLEMENTATIONS = List.of("ormdantic", "handwritten", "springData");

	private final Function<BenchState, Mono<?>> ormdantic;

	private final Function<BenchState, Mono<?>> handwritten;

	private final Function<BenchState, Mono<?>> springData;

	private final List<Function<BenchState, Mono<?>>> turns;

	private Function<BenchState, Mono<?>> turn;

	private int warmupIterations;

	private int measuredIterations;

	/** The operation with Ormdantic, with hand-written {@code DatabaseClient} code and with Spring Data R2DBC. */
	protected Comparison(Function<BenchState, Mono<?>> ormdantic, Function<BenchState, Mono<?>> handwritten,
			Function<BenchState, Mono<?>> springData) {
		this.ormdantic = ormdantic;
		this.handwritten = handwritten;
		this.springData = springData;
		this.turns = List.of(ormdantic, handwritten, springData);
		this.turn = ormdantic;
	}

	/** The operation through Ormdantic's {@code TableOperations}. */
	@Benchmark
	public Object ormdantic(BenchState state) {
		return this.ormdantic.apply(state).block();
	}

	/** The operation through hand-written {@code DatabaseClient} code sending the same statements. */
	@Benchmark
	public Object handwritten(BenchState state) {
		return this.handwritten.apply(state).block();
	}

	/** The operation through Spring Data R2DBC's {@code R2dbcEntityTemplate}. */
	@Benchmark
	public Object springData(BenchState state) {
		return this.springData.apply(state).block();
	}

	/** The operation through the implementation whose turn this iteration is (see {@link #takeTurn}). */
	@Benchmark
	public Object interleaved(BenchState state) {
		return this.turn.apply(state).block();
	}

	/**
	 * Passes the turn on before each iteration. Warm-up and measurement count apart, so that the measurement starts
	 * with the first implementation whatever the number of warm-up iterations.
	 */
	@Setup(Level.Iteration)
	public void takeTurn(IterationParams iteration) {
		int index = iteration.getType() == IterationType.WARMUP ? this.warmupIterations++ : this.measuredIterations++;
		this.turn = this.turns.get(implementation(index));
	}

	/**
	 * The index in {@link #IMPLEMENTATIONS} of the implementation that runs iteration {@code index} (counted from 0
	 * within warm-up and within measurement). Each turn of three iterations starts one implementation later than the
	 * turn before, so that over three turns every implementation runs once first, once second and once last: none
	 * always follows the same one, or always comes first after a collection.
	 */
	static int implementation(int index) {
		int size = IMPLEMENTATIONS.size();
		return (index % size + index / size) % size;
	}

	/**
	 * Runs each implementation once on the same rows and fails the trial when their answers differ.
	 *
	 * @throws IllegalStateException naming the operation and both answers
	 */
	@Setup(Level.Trial)
	public void checkSameAnswers(BenchState state) {
		List<?> expected = rows(answer(state, this.ormdantic));
		List<?> handwrittenRows = rows(answer(state, this.handwritten));
		List<?> springDataRows = rows(answer(state, this.springData));
		check("hand-written code", expected, handwrittenRows, true);
		boolean sameRecords = !expected.isEmpty() && !springDataRows.isEmpty()
				&& expected.get(0).getClass() == springDataRows.get(0).getClass();
		check("Spring Data", expected, springDataRows, sameRecords);
	}

	private static Object answer(BenchState state, Function<BenchState, Mono<?>> implementation) {
		state.restart();
		Object answer = implementation.apply(state).block();
		state.restart();
		return answer;
	}

	private void check(String implementation, List<?> expected, List<?> actual, boolean equalRecords) {
		boolean same = equalRecords ? expected.equals(actual) : expected.size() == actual.size();
		if (!same) {
			throw new IllegalStateException(getClass().getSimpleName() + ": " + implementation + " answers " + actual
					+ " where Ormdantic answers " + expected + "; the comparison would measure different work");
		}
	}

	/** An answer as the list of rows it holds: a page's data, a list, or the single value (a model or a count). */
	private static List<?> rows(Object answer) {
		if (answer instanceof Result<?> result) {
			return result.data();
		}
		if (answer instanceof List<?> list) {
			return list;
		}
		return answer == null ? List.of() : List.of(answer);
	}
}
