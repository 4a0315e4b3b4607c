package io.ormdantic.internal.execute;

import java.time.Duration;

import io.ormdantic.internal.dialect.H2Dialect;
import io.ormdantic.internal.dialect.MySqlDialect;
import io.r2dbc.spi.ConnectionFactories;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;
import reactor.util.context.Context;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a single-row result is read: to its end, or (MySQL) handed on at its row while the rest is still read, never
 * cancelled, since r2dbc-mysql can leave a cancelled query holding its connection.
 */
class StatementRunnerTests {

	/** The runner never connects here: {@code atMostOne} only works on the rows it is given. */
	private static StatementRunner runner(boolean mysql) {
		return new StatementRunner(ConnectionFactories.get("r2dbc:h2:mem:///runner"),
				mysql ? new MySqlDialect() : new H2Dialect());
	}

	@Test
	void mysqlHandsTheRowOnBeforeTheResultEndsAndReadsTheRestWithoutCancelling() {
		TestPublisher<String> rows = TestPublisher.create();
		StepVerifier.create(runner(true).atMostOne(rows.flux()))
			.then(() -> rows.next("row"))
			.expectNext("row")
			.verifyComplete();
		rows.assertNotCancelled();
		rows.assertSubscribers(1);
		rows.complete();
		rows.assertNoSubscribers();
	}

	@Test
	void otherDatabasesWaitForTheEndOfTheResult() {
		TestPublisher<String> rows = TestPublisher.create();
		StepVerifier.create(runner(false).atMostOne(rows.flux()))
			.then(() -> rows.next("row"))
			.expectNoEvent(Duration.ofMillis(50))
			.then(rows::complete)
			.expectNext("row")
			.verifyComplete();
	}

	@Test
	void mysqlGivesAnEmptyResultAndAnErrorBeforeTheRowToTheCaller() {
		StepVerifier.create(runner(true).atMostOne(Flux.empty())).verifyComplete();
		StepVerifier.create(runner(true).atMostOne(Flux.error(new IllegalStateException("no table"))))
			.verifyErrorMessage("no table");
	}

	@Test
	void mysqlCancelsTheQueryOfACallerThatGivesUpBeforeTheRow() {
		TestPublisher<String> rows = TestPublisher.create();
		StepVerifier.create(runner(true).atMostOne(rows.flux())).thenCancel().verify();
		rows.assertCancelled();
	}

	@Test
	void mysqlRunsTheQueryInTheCallersContextSoItJoinsItsTransaction() {
		Flux<String> rows = Flux.deferContextual(context -> Flux.just(context.<String>get("transaction")));
		String row = runner(true).atMostOne(rows).contextWrite(Context.of("transaction", "tx-1")).block();
		assertThat(row).isEqualTo("tx-1");
	}
}
