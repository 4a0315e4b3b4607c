package io.ormdantic.internal.execute;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;

import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.internal.dialect.Dialect;
import io.r2dbc.spi.R2dbcException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.reactive.TransactionContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * What every operation gets around its statements: its statement timeout (on the server, with a client deadline
 * behind it), retries of transient failures where they are safe, the translation of a timed-out statement into
 * Spring's {@link QueryTimeoutException}, and, with a registry, its {@code ormdantic.operation} observation.
 */
public final class Operations {

	/** What an operation may retry, by what a repeat could do twice. */
	public enum Safety {

		/** A read: retried after a rollback or a lost connection, while it has emitted nothing. */
		READ,

		/** A write outside a transaction: retried only after the database rolled it back, never when its outcome is unknown. */
		WRITE,

		/** Ormdantic's own transaction: retried after a rollback, or a lost connection before its commit. */
		TRANSACTION
	}

	/**
	 * One operation.
	 *
	 * @param name    its name in observations ({@code findMany}, {@code insert}, ...)
	 * @param model   the model's simple class name
	 * @param depth   the depth of relations it loads
	 * @param timeout its own statement timeout, or null for the engine's
	 * @param safety  what it may retry
	 * @param onPrimary whether a read must go to the primary ({@code Query.onPrimary()})
	 */
	public record Operation(String name, String model, int depth, @Nullable Duration timeout, Safety safety,
			boolean onPrimary) {

		/** An operation that may read from a replica. */
		public Operation(String name, String model, int depth, @Nullable Duration timeout, Safety safety) {
			this(name, model, depth, timeout, safety, false);
		}
	}

	private static final Log logger = LogFactory.getLog(Operations.class);

	/** How long after its statement timeout the client gives up on an operation the server did not stop. */
	private static final Duration CLIENT_GRACE = Duration.ofSeconds(1);

	private final Dialect dialect;

	private final String system;

	private final RetryPolicy retry;

	private final Duration standardTimeout;

	private final @Nullable ObservationRegistry registry;

	private final Replicas replicas;

	/**
	 * The operations of one engine.
	 *
	 * @param standardTimeout the engine's statement timeout ({@code Duration.ZERO}: none)
	 * @param registry        where observations go, or null for none
	 */
	public Operations(Database database, RetryPolicy retry, Duration standardTimeout, @Nullable ObservationRegistry registry) {
		this(database, retry, standardTimeout, registry, Replicas.none());
	}

	/**
	 * The operations of one engine with read replicas: reads outside a transaction, or in a read-only one, go to a
	 * healthy replica in turn; a read that finds its replica unreachable runs again on the primary at once.
	 */
	public Operations(Database database, RetryPolicy retry, Duration standardTimeout, @Nullable ObservationRegistry registry,
			Replicas replicas) {
		this.replicas = replicas;
		this.dialect = database.dialect();
		this.system = database.system();
		this.retry = retry;
		this.standardTimeout = standardTimeout;
		this.registry = (registry == null || registry.isNoop()) ? null : registry;
	}

	/** Runs a single-valued operation; {@code rows} says how many rows its value stands for, for its observation. */
	public <R> Mono<R> mono(Operation operation, Mono<R> work, ToIntFunction<? super R> rows) {
		Mono<R> run = Mono.deferContextual(context -> retrying(operation, routed(operation, work, context), context, 1))
			.onErrorMap(failure -> translate(operation, failure));
		Duration timeout = timeout(operation);
		if (!timeout.isZero()) {
			run = run.timeout(timeout.plus(CLIENT_GRACE)).onErrorMap(TimeoutException.class, ex -> clientTimeout(operation, timeout, ex));
		}
		run = withTimeout(operation, run);
		return (this.registry != null) ? OperationObservation.mono(this.registry, this.system, operation, run, rows) : run;
	}

	/** Runs an operation of many values. */
	public <R> Flux<R> flux(Operation operation, Flux<R> work) {
		Flux<R> run = Flux.deferContextual(context -> {
			AtomicBoolean emitted = new AtomicBoolean();
			Flux<R> counted = work.doOnNext(item -> emitted.lazySet(true));
			return retrying(operation, routed(operation, counted, context, emitted), context, emitted, 1);
		}).onErrorMap(failure -> translate(operation, failure));
		Duration timeout = timeout(operation);
		if (!timeout.isZero()) {
			// The deadline is on the first row: a caller that reads a long stream slowly is not cut off.
			run = run.timeout(Mono.delay(timeout.plus(CLIENT_GRACE)), row -> Mono.never())
				.onErrorMap(TimeoutException.class, ex -> clientTimeout(operation, timeout, ex));
		}
		run = withTimeout(operation, run);
		return (this.registry != null) ? OperationObservation.flux(this.registry, this.system, operation, run) : run;
	}

	/**
	 * The work on the node it runs on: a read that may, on a healthy replica (chosen per attempt), falling back to
	 * the primary at once when the replica is unreachable and nothing was emitted; anything else on the primary.
	 */
	private <R> Mono<R> routed(Operation operation, Mono<R> work, ContextView context) {
		if (this.replicas.isEmpty()) {
			return work;
		}
		return Mono.defer(() -> {
			int replica = replicaFor(operation, context);
			if (replica < 0) {
				return work;
			}
			return work.contextWrite(inner -> inner.put(Replicas.CONTEXT_KEY, replica))
				.onErrorResume(failure -> replicaDown(failure), failure -> onPrimary(replica, failure, work, context));
		});
	}

	private <R> Flux<R> routed(Operation operation, Flux<R> work, ContextView context, AtomicBoolean emitted) {
		if (this.replicas.isEmpty()) {
			return work;
		}
		return Flux.defer(() -> {
			int replica = replicaFor(operation, context);
			if (replica < 0) {
				return work;
			}
			return work.contextWrite(inner -> inner.put(Replicas.CONTEXT_KEY, replica))
				.onErrorResume(failure -> !emitted.get() && replicaDown(failure),
						failure -> onPrimary(replica, failure, work, context));
		});
	}

	/** The replica a read goes to, or -1 for the primary; said in the operation's observation. */
	private int replicaFor(Operation operation, ContextView context) {
		int replica = (this.replicas.isEmpty() || operation.safety() != Safety.READ || operation.onPrimary()
				|| inReadWriteTransaction(context)) ? -1 : this.replicas.pick();
		if (this.registry != null) {
			OperationObservation.node(context, replica >= 0);
		}
		return replica;
	}

	private boolean replicaDown(Throwable failure) {
		return Failures.connectionLost(this.dialect, failure) || Failures.noConnection(failure);
	}

	private <P extends org.reactivestreams.Publisher<?>> P onPrimary(int replica, Throwable failure, P work, ContextView context) {
		this.replicas.failed(replica, failure);
		if (this.registry != null) {
			OperationObservation.node(context, false);
		}
		return work;
	}

	private static boolean inReadWriteTransaction(ContextView context) {
		return context.<TransactionContext>getOrEmpty(TransactionContext.class)
			.map(transaction -> transaction.isActualTransactionActive() && !transaction.isCurrentTransactionReadOnly())
			.orElse(false);
	}

	private Duration timeout(Operation operation) {
		return (operation.timeout() != null) ? operation.timeout() : this.standardTimeout;
	}

	/** The operation's own timeout in the Reactor context, where {@link StatementTimeouts} finds it. */
	private <R> Mono<R> withTimeout(Operation operation, Mono<R> run) {
		return (operation.timeout() == null) ? run : run.contextWrite(context -> context.put(StatementTimeouts.CONTEXT_KEY, operation.timeout()));
	}

	private <R> Flux<R> withTimeout(Operation operation, Flux<R> run) {
		return (operation.timeout() == null) ? run : run.contextWrite(context -> context.put(StatementTimeouts.CONTEXT_KEY, operation.timeout()));
	}

	/**
	 * The work, run again after a failure its safety allows (never in the caller's transaction), waiting the backoff
	 * doubled per retry with jitter. Only an error builds the next attempt: the path without one costs one operator.
	 */
	private <R> Mono<R> retrying(Operation operation, Mono<R> work, ContextView context, int attempt) {
		if (attempt >= this.retry.maxAttempts() || (attempt == 1 && inCallersTransaction(context))) {
			return work;
		}
		return work.onErrorResume(failure -> retryable(operation.safety(), failure),
				failure -> pause(operation, context, attempt, failure).then(retrying(operation, work, context, attempt + 1)));
	}

	private <R> Flux<R> retrying(Operation operation, Flux<R> work, ContextView context, AtomicBoolean emitted, int attempt) {
		if (attempt >= this.retry.maxAttempts() || (attempt == 1 && inCallersTransaction(context))) {
			return work;
		}
		return work.onErrorResume(failure -> !emitted.get() && retryable(operation.safety(), failure),
				failure -> pause(operation, context, attempt, failure)
					.thenMany(retrying(operation, work, context, emitted, attempt + 1)));
	}

	/** Logs and counts a retry, then waits its backoff. */
	private Mono<Long> pause(Operation operation, ContextView context, int attempt, Throwable failure) {
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + operation.name() + " of " + operation.model() + " (retry " + attempt + " of "
					+ (this.retry.maxAttempts() - 1) + ") after: " + failure);
		}
		if (this.registry != null) {
			OperationObservation.retried(context, attempt, failure);
		}
		long base = this.retry.backoff().toNanos() << (attempt - 1);
		long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
		return Mono.delay(Duration.ofNanos(jittered));
	}

	/** Whether a failure of an operation of this safety may be tried again; a timed-out statement never is. */
	boolean retryable(Safety safety, Throwable failure) {
		if (failure instanceof QueryTimeoutException || timedOut(failure)) {
			return false;
		}
		return switch (safety) {
			case READ -> Failures.rolledBack(failure) || Failures.connectionLost(this.dialect, failure);
			case WRITE -> Failures.rolledBack(failure);
			case TRANSACTION -> Failures.rolledBack(failure)
					|| (Failures.connectionLost(this.dialect, failure) && !Failures.outcomeUnknown(failure));
		};
	}

	private boolean timedOut(Throwable failure) {
		R2dbcException cause = Failures.r2dbc(failure);
		return cause != null && this.dialect.isStatementTimeout(cause.getSqlState(), cause.getErrorCode());
	}

	/**
	 * Whether the caller runs the operation in a transaction of its own, which it then decides about: Ormdantic never
	 * retries there, as the earlier statements of the transaction are gone with its rollback.
	 */
	private static boolean inCallersTransaction(ContextView context) {
		return context.<TransactionContext>getOrEmpty(TransactionContext.class)
			.map(TransactionContext::isActualTransactionActive)
			.orElse(false);
	}

	private Throwable translate(Operation operation, Throwable failure) {
		if (Failures.rolledBack(failure) && !(failure instanceof TransientDataAccessException)) {
			// PostgreSQL's deadlock (40P01) reaches Spring uncategorized; every rollback is transient, as Spring's own are.
			return new PessimisticLockingFailureException(describe(operation) + " was rolled back by the database ("
					+ failure.getMessage() + "); running it again may succeed", failure);
		}
		if (failure instanceof QueryTimeoutException || timedOut(failure)) {
			return new QueryTimeoutException(describe(operation) + " ran past its statement timeout of "
					+ timeout(operation) + "; the server stopped it", failure);
		}
		return failure;
	}

	private static QueryTimeoutException clientTimeout(Operation operation, Duration timeout, Throwable cause) {
		return new QueryTimeoutException(describe(operation) + " did not finish within its statement timeout of " + timeout
				+ " (and " + CLIENT_GRACE.toMillis() + " ms more); the client gave up on it", cause);
	}

	private static String describe(Operation operation) {
		return operation.name() + " of " + operation.model();
	}
}
