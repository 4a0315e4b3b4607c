package io.ormdantic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The arithmetic of {@link CpuTimeTurns}: ratios pair the rounds, quantiles interpolate. */
class CpuTimeTurnsTests {

	@Test
	void eachRatioIsTheOthersTimeOverOrmdanticsInTheSameRound() {
		CpuTimeTurns.Turns turns = new CpuTimeTurns.Turns(new double[] { 100, 200, 400 }, new double[] { 90, 220, 400 });
		assertThat(turns.ratios()).containsExactly(new double[] { 0.9, 1.1, 1.0 }, within(1e-9));
	}

	@Test
	void quantilesInterpolateBetweenNeighbours() {
		double[] values = { 4, 1, 3, 2 };
		assertThat(CpuTimeTurns.Turns.quantile(values, 0.5)).isEqualTo(2.5);
		assertThat(CpuTimeTurns.Turns.quantile(values, 0.25)).isEqualTo(1.75);
		assertThat(CpuTimeTurns.Turns.quantile(values, 1.0)).isEqualTo(4);
		assertThat(values).containsExactly(4, 1, 3, 2);
	}

	@Test
	void describesTheMedianRatioAndItsSpreadAsRatiosShDoes() {
		// The machine slows down round by round; the paired ratio stays 0.95 all along.
		CpuTimeTurns.Turns turns = new CpuTimeTurns.Turns(new double[] { 100, 150, 200, 300 },
				new double[] { 95, 142.5, 190, 285 });
		assertThat(turns.describe("h2 FindOne", "handwritten", "CPU"))
			.isEqualTo("h2 FindOne: ormdantic 175 ns/op, handwritten 166 ns/op (CPU time); "
					+ "ormdantic/handwritten = 0.950 (IQR 0.950-0.950, 4 rounds)");
	}
}
