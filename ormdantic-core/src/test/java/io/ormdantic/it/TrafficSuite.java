package io.ormdantic.it;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import io.ormdantic.Ormdantic;
import io.ormdantic.testsupport.load.LoadItem;
import io.ormdantic.testsupport.load.Pools;
import io.ormdantic.testsupport.load.Report;
import io.ormdantic.testsupport.load.Step;
import io.ormdantic.testsupport.load.Trace;
import io.ormdantic.testsupport.load.Trace.Outcome;
import io.ormdantic.testsupport.load.Traffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web service's traffic on the pool {@code Ormdantic.connect} builds (10 connections, the default limits):
 * {@value #OPERATIONS} operations of every kind, {@value #IN_FLIGHT} at a time, a fifth of them given up on at random
 * points. No operation hangs, none fails for another reason than its cancellation, every connection goes back to the
 * pool, and every write that was acknowledged is in the table.
 */
abstract class TrafficSuite extends LoadSuite {

	static final int OPERATIONS = 10_000;

	static final int IN_FLIGHT = 500;

	private static final double CANCELLED = 0.2;

	@Test
	@Timeout(300)
	void cancelledOperationsUnderLoadLeaveNoHangNoAcquiredConnectionAndLoseNoAcknowledgedWrite() {
		Ormdantic pooled = build(options -> options.poolSize(10));
		Traffic traffic = Traffic.seed(pooled.table(LoadItem.class), 1_000, 3_000, HANG_LIMIT);
		List<Step> steps = Step.draw(new Random(this.seed), OPERATIONS, CANCELLED);

		long start = System.nanoTime();
		List<Trace> traces = traffic.run(steps, IN_FLIGHT);
		Duration wall = Duration.ofNanos(System.nanoTime() - start);
		int acquired = Pools.acquiredAfter(pooled.connectionFactory(), DRAIN_LIMIT);
		List<String> problems = traffic.ledger().check(traffic.rows());

		Report report = new Report(title("load: " + IN_FLIGHT + " in flight on a pool of 10"), traces, wall)
			.aftermath(acquired, traffic.ledger(), problems);
		System.out.println(report);
		assertThat(report.count(Outcome.HUNG)).as("operations that did not end within %s: %s", HANG_LIMIT,
				report.first(Outcome.HUNG)).isZero();
		assertThat(report.count(Outcome.FAILED)).as("operations that failed: %s", report.first(Outcome.FAILED)).isZero();
		assertThat(acquired).as("connections still acquired %s after the load", DRAIN_LIMIT).isZero();
		assertThat(problems).as("what the table says against the acknowledged writes").isEmpty();
		// The load did what it says: cancellations landed (a planned one lands only while its operation runs: on H2,
		// which runs a statement without pausing, about half of them do), and most operations answered.
		assertThat(report.count(Outcome.CANCELLED)).as("cancelled operations").isGreaterThan(OPERATIONS / 20);
		assertThat(report.count(Outcome.SUCCEEDED)).as("answered operations").isGreaterThan(OPERATIONS / 2);
	}
}
