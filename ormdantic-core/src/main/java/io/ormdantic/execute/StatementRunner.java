package io.ormdantic.execute;

import java.util.List;
import java.util.function.Function;

import io.ormdantic.dialect.Dialect;
import io.ormdantic.sql.SqlStatement;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs statements through Spring's {@link DatabaseClient}, so they join Spring reactive transactions and
 * R2DBC errors are translated into Spring's {@code DataAccessException} hierarchy.
 */
public final class StatementRunner {

	private final DatabaseClient client;

	private final TransactionalOperator transactions;

	private final Dialect dialect;

	/** A runner over a connection factory; markers are native, so named-parameter parsing is off. */
	public StatementRunner(ConnectionFactory connectionFactory, Dialect dialect) {
		this.client = DatabaseClient.builder().connectionFactory(connectionFactory).namedParameters(false).build();
		this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
		this.dialect = dialect;
	}

	/** The dialect statements are rendered for. */
	public Dialect dialect() {
		return this.dialect;
	}

	/** Runs a query, mapping each row. */
	public <T> Flux<T> query(SqlStatement statement, Function<Readable, T> mapper) {
		return bind(statement).map(mapper).all();
	}

	/** Runs an insert, update or delete; emits the number of rows it changed. */
	public Mono<Long> update(SqlStatement statement) {
		return bind(statement).fetch().rowsUpdated();
	}

	/** Runs an insert and emits the key the database generated for {@code keyColumn}. */
	public Mono<Object> insertReturningKey(SqlStatement statement, String keyColumn) {
		return bind(statement).filter(s -> s.returnGeneratedValues(keyColumn)).map(row -> row.get(0)).one();
	}

	/** Runs statements in order on one connection, in a transaction where the database has transactional DDL. */
	public Mono<Void> script(List<String> statements) {
		if (statements.isEmpty()) {
			return Mono.empty();
		}
		return transactional(Flux.fromIterable(statements).concatMap(sql -> this.client.sql(sql).fetch().rowsUpdated()))
			.then();
	}

	/** Runs {@code work} in a transaction, joining one that is already active. */
	public <T> Flux<T> transactional(Flux<T> work) {
		return this.transactions.transactional(work);
	}

	private DatabaseClient.GenericExecuteSpec bind(SqlStatement statement) {
		DatabaseClient.GenericExecuteSpec spec = this.client.sql(statement.sql());
		List<Parameter> parameters = statement.parameters();
		// One bindValues call: bind(i, v) copies the spec's bindings on every call, quadratic for wide batches.
		return parameters.isEmpty() ? spec : spec.bindValues(parameters);
	}
}
