package io.ormdantic.internal.execute;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.sql.SqlStatement;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.ContextView;

/**
 * Runs statements through Spring's {@link DatabaseClient}, so they join Spring reactive transactions and
 * R2DBC errors are translated into Spring's {@code DataAccessException} hierarchy.
 */
public final class StatementRunner {

	private final DatabaseClient client;

	/** The clients of the read replicas, by index ({@link Replicas#CONTEXT_KEY}). */
	private final List<DatabaseClient> replicas;

	private final TransactionalOperator transactions;

	private final Dialect dialect;

	/**
	 * A runner over a connection factory; markers are native, so named-parameter parsing is off. Transactions are
	 * bound to the factory Spring finds behind it (see {@link StatementTimeouts}), so statements join the caller's.
	 */
	public StatementRunner(ConnectionFactory connectionFactory, Dialect dialect) {
		this(connectionFactory, List.of(), dialect);
	}

	/**
	 * A runner over a primary and read replicas: a query runs on the replica its operation's Reactor context names
	 * ({@link Replicas#CONTEXT_KEY}), anything else on the primary.
	 */
	public StatementRunner(ConnectionFactory connectionFactory, List<ConnectionFactory> replicas, Dialect dialect) {
		this.client = client(connectionFactory);
		this.replicas = replicas.stream().map(StatementRunner::client).toList();
		this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
		this.dialect = dialect;
	}

	private static DatabaseClient client(ConnectionFactory connectionFactory) {
		return DatabaseClient.builder().connectionFactory(connectionFactory).namedParameters(false).build();
	}

	/** The dialect statements are rendered for. */
	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * Runs a query, mapping each row. Where the dialect says so ({@link Dialect#drainsCancelledResults()}), a caller
	 * that cancels stops receiving rows, but the result is still read to its end before the connection goes back: a
	 * cancelled r2dbc-postgresql query can leave its pooled connection hanging every later statement
	 * (pgjdbc/r2dbc-postgresql#661), and the server sends the rest of the rows anyway.
	 */
	public <T> Flux<T> query(SqlStatement statement, Function<Readable, T> mapper) {
		Flux<T> rows = SqlLog.logged(statement, this.replicas.isEmpty() ? bind(this.client, statement).map(mapper).all()
				: Flux.deferContextual(context -> bind(node(context), statement).map(mapper).all()));
		if (!this.dialect.drainsCancelledResults()) {
			return rows;
		}
		return Flux.from(subscriber -> rows.subscribe(new DrainingSubscriber<>(Operators.toCoreSubscriber(subscriber))));
	}

	/**
	 * The row of {@code rows}, a result that has at most one; empty when there is none. Where the dialect says so
	 * ({@link Dialect#takesSingleRowEarly()}), the row is handed on as it arrives, and the rest of the result is still
	 * read to its end, never cancelled: r2dbc-mysql can leave a cancelled query holding its connection
	 * (asyncer-io/r2dbc-mysql#347), so the connection goes back only once the driver is done with it.
	 */
	public <T> Mono<T> atMostOne(Flux<T> rows) {
		if (!this.dialect.takesSingleRowEarly()) {
			return rows.singleOrEmpty();
		}
		return Mono.create(sink -> {
			ResultReader.HandOnFirst<T> reader = new ResultReader.HandOnFirst<>(sink);
			// A caller that gives up before the row cancels the rows, as with any other operator; a query() result
			// where the dialect drains cancelled results (MariaDB, PostgreSQL) then reads itself to its end.
			sink.onCancel(reader);
			rows.subscribe(reader);
		});
	}

	/**
	 * Whether a query returns a row, reading its result to the end ({@link #atMostOne}) rather than cancelling after
	 * the first row as {@code hasElements()} does: a cancelled r2dbc-mysql query can hold its connection
	 * (asyncer-io/r2dbc-mysql#347).
	 */
	public Mono<Boolean> exists(SqlStatement statement) {
		return atMostOne(query(statement, row -> Boolean.TRUE)).defaultIfEmpty(Boolean.FALSE);
	}

	/** Runs an insert, update or delete; emits the number of rows it changed. */
	public Mono<Long> update(SqlStatement statement) {
		return SqlLog.logged(statement, bind(statement).fetch().rowsUpdated());
	}

	/** Runs an insert and emits the key the database generated for {@code keyColumn}. */
	public Mono<Object> insertReturningKey(SqlStatement statement, String keyColumn) {
		return SqlLog.logged(statement, bind(statement).filter(s -> s.returnGeneratedValues(keyColumn)).map(row -> row.get(0)).one());
	}

	/** Runs statements in order on one connection, in a transaction where the database has transactional DDL. */
	public Mono<Void> script(List<SqlStatement> statements) {
		if (statements.isEmpty()) {
			return Mono.empty();
		}
		return transactional(Flux.fromIterable(statements).concatMap(this::update)).then();
	}

	/**
	 * Runs {@code work} as Ormdantic's own transaction (joining the caller's, if one is active); its values go on once
	 * the transaction has committed. A failure while committing on a lost connection carries
	 * {@link Failures.OutcomeUnknown}: whether the transaction was committed is unknown, so it must not be retried.
	 */
	public <T> Flux<T> ownTransaction(Flux<T> work) {
		return Flux.defer(() -> {
			AtomicBoolean committing = new AtomicBoolean();
			// Held back until the commit: a transaction refused at commit (a Galera certification conflict) then emitted
			// nothing, so it may be retried, and no caller ever sees values of a transaction that was rolled back.
			return transactional(work.doOnComplete(() -> committing.set(true)))
				.doOnError(failure -> markOutcomeUnknown(failure, committing.get()))
				.collectList()
				.flatMapIterable(values -> values);
		});
	}

	/** Runs a single write statement: a lost connection leaves its outcome unknown ({@link Failures.OutcomeUnknown}). */
	public <T> Flux<T> outcomeUnknownOnFailure(Flux<T> work) {
		return work.doOnError(failure -> markOutcomeUnknown(failure, true));
	}

	private void markOutcomeUnknown(Throwable failure, boolean unknown) {
		// Only a lost connection leaves the outcome open: any other failure is the database's answer.
		if (unknown && Failures.connectionLost(this.dialect, failure) && !Failures.outcomeUnknown(failure)) {
			failure.addSuppressed(new Failures.OutcomeUnknown());
		}
	}

	/** Runs {@code work} in a transaction, joining one that is already active. */
	public <T> Flux<T> transactional(Flux<T> work) {
		return this.transactions.transactional(work);
	}

	private DatabaseClient node(ContextView context) {
		Integer replica = context.getOrDefault(Replicas.CONTEXT_KEY, null);
		return (replica != null) ? this.replicas.get(replica) : this.client;
	}

	private DatabaseClient.GenericExecuteSpec bind(SqlStatement statement) {
		return bind(this.client, statement);
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient client, SqlStatement statement) {
		DatabaseClient.GenericExecuteSpec spec = client.sql(statement.sql());
		List<Parameter> parameters = statement.parameters();
		// One bindValues call: bind(i, v) copies the spec's bindings on every call, quadratic for wide batches.
		return parameters.isEmpty() ? spec : spec.bindValues(parameters);
	}
}
