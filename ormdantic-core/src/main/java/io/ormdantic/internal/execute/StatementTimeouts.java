package io.ormdantic.internal.execute;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import io.ormdantic.internal.dialect.Dialect;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.InfrastructureProxy;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The connection factory statements run on: it gives each connection the statement timeout its operation asks for
 * ({@link #CONTEXT_KEY} in the Reactor context, else the engine's), on the server, and sets a query's own timeout back
 * to the engine's before the connection goes back. A connection already holding the wanted timeout costs nothing: a
 * pool that Ormdantic opens sets the engine's timeout once per connection ({@link #held}), a caller's pool gets it on
 * each connection's first use.
 * <p>
 * It is an {@link InfrastructureProxy} of the factory it wraps, so Spring binds and finds transactions under the
 * wrapped factory: statements join a transaction the caller began on it, and then run on the transaction's connection,
 * which this factory does not configure.
 */
public final class StatementTimeouts implements ConnectionFactory, Wrapped<ConnectionFactory>, InfrastructureProxy {

	/** The key of an operation's timeout ({@link Duration}) in the Reactor context. */
	public static final Object CONTEXT_KEY = StatementTimeouts.class;

	private final ConnectionFactory target;

	private final Dialect dialect;

	private final Duration standard;

	private final Duration held;

	private final @Nullable Duration acquireTimeout;

	/** The timeout each physical connection holds where it differs from {@link #held}; weak, as the pool owns them. */
	private final Map<Connection, Duration> holding = Collections.synchronizedMap(new WeakHashMap<>());

	/**
	 * Connections of {@code target} with the timeouts operations ask for.
	 *
	 * @param standard the engine's timeout ({@code Duration.ZERO}: none)
	 * @param held     the timeout connections hold when they leave {@code target} ({@code Duration.ZERO}: none)
	 * @param acquireTimeout the longest the whole acquisition may take (a pool applies its own limit to each of its
	 *                 attempts), or null for the pool's limits alone
	 */
	public StatementTimeouts(ConnectionFactory target, Dialect dialect, Duration standard, Duration held,
			@Nullable Duration acquireTimeout) {
		this.acquireTimeout = acquireTimeout;
		this.target = target;
		this.dialect = dialect;
		this.standard = standard;
		this.held = held;
	}

	/** Sets a connection's statement timeout on the server ({@code Duration.ZERO}: none), as the dialect does it. */
	public static Publisher<Void> apply(Dialect dialect, Connection connection, Duration timeout) {
		String statement = dialect.statementTimeoutStatement(timeout);
		if (statement == null) {
			return connection.setStatementTimeout(timeout);
		}
		return Mono.from(connection.createStatement(statement).execute()).flatMap(result -> Mono.from(result.getRowsUpdated())).then();
	}

	/** The timeout an operation asks for: its own, else the engine's. */
	Duration wanted(ContextView context) {
		return context.getOrDefault(CONTEXT_KEY, this.standard);
	}

	@Override
	public Publisher<? extends Connection> create() {
		return Mono.deferContextual(context -> {
			Duration wanted = Objects.requireNonNull(wanted(context));
			Mono<Connection> attempt = Mono.from(this.target.create());
			if (this.acquireTimeout != null) {
				attempt = attempt.timeout(this.acquireTimeout);
			}
			Mono<Connection> acquired = attempt
				// Marked, so that a failure to get a connection (the pool's acquire timeout, a refused server) is never
				// retried: the operation has waited its time already.
				.onErrorMap(failure -> new Failures.NoConnectionException("No connection to "
						+ this.target.getMetadata().getName() + ": " + failure.getMessage(), failure));
			if (wanted.equals(this.held) && this.standard.equals(this.held)) {
				return acquired;
			}
			return acquired.flatMap(connection -> configured(connection, wanted));
		});
	}

	/**
	 * The connection holding the wanted timeout. One that is to hold the engine's keeps it, remembered per physical
	 * connection, so a caller's pool pays one round trip per connection rather than per operation; one given a query's
	 * own timeout is set back to the engine's when it is closed.
	 */
	private Mono<Connection> configured(Connection connection, Duration wanted) {
		Connection physical = physical(connection);
		Duration current = this.holding.getOrDefault(physical, this.held);
		Mono<Void> set = wanted.equals(current) ? Mono.empty() : Mono.from(apply(this.dialect, connection, wanted));
		Mono<Connection> ready = wanted.equals(this.standard)
				? set.then(Mono.fromRunnable(() -> this.holding.put(physical, wanted))).thenReturn(connection)
				: set.thenReturn(new TimedConnection(connection, () -> Mono.from(apply(this.dialect, connection, this.standard))
					.then(Mono.fromRunnable(() -> this.holding.put(physical, this.standard)))));
		// A connection that could not be configured goes back, rather than leak from the pool.
		return ready.onErrorResume(ex -> Mono.from(connection.close()).onErrorResume(closeFailure -> Mono.empty()).then(Mono.error(ex)));
	}

	/** The driver's connection behind a pool's wrapper: the one whose session holds the timeout. */
	private static Connection physical(Connection connection) {
		Connection physical = connection;
		while (physical instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof Connection inner && inner != physical) {
			physical = inner;
		}
		return physical;
	}

	@Override
	public ConnectionFactoryMetadata getMetadata() {
		return this.target.getMetadata();
	}

	@Override
	public ConnectionFactory unwrap() {
		return this.target;
	}

	@Override
	public Object getWrappedObject() {
		return this.target;
	}
}
