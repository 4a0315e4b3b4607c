package io.ormdantic.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's ObservationTurns command runs and prints its two lines of ratios (one short round on H2). */
class ObservationTurnsTests {

	@Test
	void printsTheRatiosOfBothRegistries() {
		PrintStream standard = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			ObservationTurns.main(new String[] { "h2", "1" });
		}
		finally {
			System.setOut(standard);
		}
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.containsPattern("h2 NOOP registry: findOne observed/plain = \\d+\\.\\d{3}, findMany100 observed/plain = \\d+\\.\\d{3}")
			.contains("h2 registry with a do-nothing handler: findOne observed/plain = ");
	}
}
