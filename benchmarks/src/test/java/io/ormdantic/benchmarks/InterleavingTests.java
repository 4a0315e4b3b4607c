package io.ormdantic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The turns of {@link Comparison#interleaved} and their reading by {@code ratios.sh}: the script must give each
 * measured iteration to the implementation that ran it, or every ratio it prints is wrong.
 */
class InterleavingTests {

	private static final int TURN = Comparison.IMPLEMENTATIONS.size();

	@Test
	void everyTurnRunsEachImplementationOnce() {
		for (int turn = 0; turn < 9; turn++) {
			Set<Integer> seen = new HashSet<>();
			for (int position = 0; position < TURN; position++) {
				seen.add(Comparison.implementation(turn * TURN + position));
			}
			assertThat(seen).as("turn %d", turn).containsExactlyInAnyOrder(0, 1, 2);
		}
	}

	@Test
	void overThreeTurnsEachImplementationRunsOnceInEveryPosition() {
		for (int position = 0; position < TURN; position++) {
			List<Integer> atPosition = new ArrayList<>();
			for (int turn = 0; turn < TURN; turn++) {
				atPosition.add(Comparison.implementation(turn * TURN + position));
			}
			assertThat(atPosition).as("position %d", position).containsExactlyInAnyOrder(0, 1, 2);
		}
	}

	/**
	 * Ormdantic at 950 ops/s, hand-written code at 1000 and Spring Data at 300, while the machine's speed changes from
	 * turn to turn (as it does, by up to 40%): pairing the iterations of a turn must give 0.95 and 3.17 exactly, each
	 * against its goal (the versioned update has the goals of the reads).
	 */
	@ParameterizedTest(name = "{1}")
	@CsvSource({ "FindOneBenchmark, findOne", "UpdateVersionedBenchmark, updateVersioned" })
	void ratiosShPairsTheIterationsOfEachTurn(String benchmark, String operation, @TempDir Path dir)
			throws IOException, InterruptedException {
		double[] throughputs = { 950, 1000, 300 };
		StringJoiner forks = new StringJoiner(", ", "[", "]");
		for (int fork = 0; fork < 2; fork++) {
			StringJoiner iterations = new StringJoiner(", ", "[", "]");
			for (int i = 0; i < 27; i++) {
				double machineSpeed = 0.6 + 0.1 * ((i / TURN + fork) % 5);
				iterations.add(Double.toString(throughputs[Comparison.implementation(i)] * machineSpeed));
			}
			forks.add(iterations.toString());
		}
		Path results = dir.resolve("jmh.json");
		Files.writeString(results, """
				[{"benchmark": "io.ormdantic.benchmarks.%s.interleaved", "params": {"db": "h2"},
				  "primaryMetric": {"score": 0, "scoreError": 0, "rawData": %s}}]
				""".formatted(benchmark, forks));

		String output = run("bash", "ratios.sh", "--parse", results.toString());

		assertThat(output).contains(operation + "[h2]: ormdantic/handwritten = 0.95 ±0.00 (goal >= 0.90) PASS")
			.contains(operation + "[h2]: ormdantic/springdata = 3.17 ±0.00 (goal >= 1.00) PASS")
			.contains("goals: 2 met, 0 missed");
	}

	private static String run(String... command) throws IOException, InterruptedException {
		// Surefire runs in the module's directory, where ratios.sh is.
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ratios.sh ends").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}
}
