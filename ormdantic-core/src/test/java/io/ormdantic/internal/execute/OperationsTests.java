package io.ormdantic.internal.execute;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.ormdantic.internal.execute.Operations.Operation;
import io.ormdantic.internal.execute.Operations.Safety;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import io.r2dbc.spi.ConnectionFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures an operation retries, by its safety, and that a caller's transaction is never retried. */
class OperationsTests {

	private final Operations operations = new Operations(Database.POSTGRESQL, new RetryPolicy(3, Duration.ofMillis(1)),
			Duration.ZERO, null);

	private static final R2dbcRollbackException DEADLOCK = new R2dbcRollbackException("deadlock detected", "40P01");

	private static final R2dbcNonTransientResourceException CLOSED = new R2dbcNonTransientResourceException("Connection closed");

	@Test
	void readsRetryRollbacksAndLostConnections() {
		assertThat(this.operations.retryable(Safety.READ, wrapped(DEADLOCK))).isTrue();
		assertThat(this.operations.retryable(Safety.READ, wrapped(CLOSED))).isTrue();
		assertThat(this.operations.retryable(Safety.READ, new DataAccessResourceFailureException("x", new IOException("reset")))).isTrue();
		assertThat(this.operations.retryable(Safety.READ, wrapped(new R2dbcNonTransientResourceException("terminating", "57P01")))).isTrue();
	}

	@Test
	void aWriteRetriesOnlyWhatTheDatabaseRolledBack() {
		assertThat(this.operations.retryable(Safety.WRITE, wrapped(DEADLOCK))).isTrue();
		assertThat(this.operations.retryable(Safety.WRITE, wrapped(CLOSED))).isFalse();
	}

	@Test
	void anOwnTransactionRetriesALostConnectionUnlessItWasCommitting() {
		assertThat(this.operations.retryable(Safety.TRANSACTION, wrapped(CLOSED))).isTrue();
		RuntimeException committing = wrapped(new R2dbcNonTransientResourceException("Connection closed"));
		committing.addSuppressed(new Failures.OutcomeUnknown());
		assertThat(this.operations.retryable(Safety.TRANSACTION, committing)).isFalse();
	}

	@Test
	void neitherATimeoutNorAMissingConnectionIsRetried() {
		assertThat(this.operations.retryable(Safety.READ, wrapped(new R2dbcNonTransientResourceException("canceling statement", "57014")))).isFalse();
		assertThat(this.operations.retryable(Safety.READ, new QueryTimeoutException("x", new R2dbcTimeoutException()))).isFalse();
		assertThat(this.operations.retryable(Safety.READ, new DataAccessResourceFailureException("Failed to obtain",
				new Failures.NoConnectionException("no connection", new IOException("refused"))))).isFalse();
	}

	@Test
	void aRolledBackReadIsRunAgainAndAnExhaustedOneReportsATransientFailure() {
		AtomicInteger attempts = new AtomicInteger();
		Mono<String> flaky = Mono.defer(() -> attempts.incrementAndGet() < 3 ? Mono.error(wrapped(DEADLOCK)) : Mono.just("ok"));
		assertThat(this.operations.mono(read(), flaky, value -> 1).block()).isEqualTo("ok");
		assertThat(attempts).hasValue(3);
		attempts.set(-10);
		assertThatThrownBy(() -> this.operations.mono(read(), flaky, value -> 1).block())
			.isInstanceOf(PessimisticLockingFailureException.class).hasMessageContaining("findMany of Thing");
		assertThat(attempts).hasValue(-7);
	}

	@Test
	void insideTheCallersTransactionNothingIsRetried() {
		AtomicInteger attempts = new AtomicInteger();
		Mono<String> flaky = Mono.defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(wrapped(DEADLOCK));
		});
		TransactionalOperator transaction = TransactionalOperator.create(
				new R2dbcTransactionManager(ConnectionFactories.get("r2dbc:h2:mem:///operations")));
		assertThatThrownBy(() -> transaction.transactional(this.operations.mono(read(), flaky, value -> 1)).block())
			.isInstanceOf(PessimisticLockingFailureException.class);
		assertThat(attempts).hasValue(1);
	}

	private static Operation read() {
		return new Operation("findMany", "Thing", 0, null, Safety.READ);
	}

	private static RuntimeException wrapped(Exception cause) {
		return new org.springframework.r2dbc.UncategorizedR2dbcException("task", "SQL", (io.r2dbc.spi.R2dbcException) cause);
	}
}
