package io.ormdantic.execute;

import io.ormdantic.dialect.Dialect;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/** Stub. */
public final class StatementRunner {
	private final Dialect dialect;
	public StatementRunner(DatabaseClient client, ConnectionFactory cf, Dialect dialect) { this.dialect = dialect; }
	public Dialect dialect() { return dialect; }
}
