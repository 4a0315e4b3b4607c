package io.ormdantic.internal.execute;

import java.time.Duration;
import java.util.function.Supplier;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A connection given a statement timeout for one operation ({@link StatementTimeouts}): closing it first restores
 * the timeout it held, so the pool gets back the connection it gave out. Everything else goes to the connection.
 */
final class TimedConnection implements Connection, Wrapped<Connection> {

	private final Connection connection;

	private final Supplier<Publisher<Void>> restore;

	TimedConnection(Connection connection, Supplier<Publisher<Void>> restore) {
		this.connection = connection;
		this.restore = restore;
	}

	@Override
	public Publisher<Void> close() {
		// A connection that cannot take the statement is broken: the pool's validation drops it, so close anyway.
		return Mono.from(this.restore.get()).onErrorResume(ex -> Mono.empty()).then(Mono.from(this.connection.close()));
	}

	@Override
	public Publisher<Void> beginTransaction() {
		return this.connection.beginTransaction();
	}

	@Override
	public Publisher<Void> beginTransaction(TransactionDefinition definition) {
		return this.connection.beginTransaction(definition);
	}

	@Override
	public Publisher<Void> commitTransaction() {
		return this.connection.commitTransaction();
	}

	@Override
	public Batch createBatch() {
		return this.connection.createBatch();
	}

	@Override
	public Publisher<Void> createSavepoint(String name) {
		return this.connection.createSavepoint(name);
	}

	@Override
	public Statement createStatement(String sql) {
		return this.connection.createStatement(sql);
	}

	@Override
	public boolean isAutoCommit() {
		return this.connection.isAutoCommit();
	}

	@Override
	public ConnectionMetadata getMetadata() {
		return this.connection.getMetadata();
	}

	@Override
	public IsolationLevel getTransactionIsolationLevel() {
		return this.connection.getTransactionIsolationLevel();
	}

	@Override
	public Publisher<Void> releaseSavepoint(String name) {
		return this.connection.releaseSavepoint(name);
	}

	@Override
	public Publisher<Void> rollbackTransaction() {
		return this.connection.rollbackTransaction();
	}

	@Override
	public Publisher<Void> rollbackTransactionToSavepoint(String name) {
		return this.connection.rollbackTransactionToSavepoint(name);
	}

	@Override
	public Publisher<Void> setAutoCommit(boolean autoCommit) {
		return this.connection.setAutoCommit(autoCommit);
	}

	@Override
	public Publisher<Void> setLockWaitTimeout(Duration timeout) {
		return this.connection.setLockWaitTimeout(timeout);
	}

	@Override
	public Publisher<Void> setStatementTimeout(Duration timeout) {
		return this.connection.setStatementTimeout(timeout);
	}

	@Override
	public Publisher<Void> setTransactionIsolationLevel(IsolationLevel isolationLevel) {
		return this.connection.setTransactionIsolationLevel(isolationLevel);
	}

	@Override
	public Publisher<Boolean> validate(ValidationDepth depth) {
		return this.connection.validate(depth);
	}

	@Override
	public Connection unwrap() {
		return this.connection;
	}
}
