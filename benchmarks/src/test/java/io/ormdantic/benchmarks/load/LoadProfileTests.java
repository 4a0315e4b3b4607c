package io.ormdantic.benchmarks.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The load profile runs end to end, in small, on H2 (the fault phases need a server), and reads its options. */
class LoadProfileTests {

	@Test
	void aShortRunOnH2EndsWithATableRowPerTrafficPhaseWithNothingHungLeftAcquiredOrLost() {
		String output = printed(() -> LoadProfile.main(new String[] { "h2", "--operations", "300", "--seed", "1" }));
		List<String> rows = Arrays.stream(output.split("\n")).filter(line -> line.startsWith("| traffic")).toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("| traffic, nothing cancelled | 300 |");
		assertThat(rows.get(1)).startsWith("| traffic, a fifth cancelled | 300 |");
		// The last three columns: hung operations, connections acquired afterwards, acknowledged writes lost.
		assertThat(rows).allSatisfy(row -> assertThat(row).endsWith("| 0 | 0 | 0 |"));
		assertThat(output).contains("---- traffic, a fifth cancelled [h2]", "p50", "p99");
	}

	@Test
	void optionsNotGivenKeepTheirDefaults() {
		LoadProfile.Options options = LoadProfile.Options.parse(List.of("postgres", "--cuts", "1", "--restart"));
		assertThat(options.operations()).isEqualTo(20_000);
		assertThat(options.cuts()).isEqualTo(1);
		assertThat(options.after()).isEqualTo(Duration.ofSeconds(5));
		assertThat(options.restart()).isTrue();
	}

	private static String printed(Runnable run) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			run.run();
		}
		finally {
			System.setOut(original);
		}
		String output = buffer.toString(StandardCharsets.UTF_8);
		original.print(output);
		return output;
	}
}
