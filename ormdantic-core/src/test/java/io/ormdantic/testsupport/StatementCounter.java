package io.ormdantic.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A {@link ConnectionFactory} that records the SQL of every statement its connections create (each
 * {@code createStatement} and each {@code Batch.add}) and counts the transactions they begin, so that tests can
 * assert how many statements an operation sends: none for a rejected query, a number independent of the row count for relation loading.
 * It can also refuse commits ({@link #refuseCommits}), as a Galera cluster refuses a transaction that lost a
 * certification conflict.
 * <p>
 * Connections are wrapped in dynamic proxies that delegate everything else, so no method of the SPI is
 * forgotten and drivers see their own connection's behaviour.
 */
public final class StatementCounter implements ConnectionFactory, Wrapped<ConnectionFactory> {

	private final ConnectionFactory delegate;

	private final List<String> statements = new CopyOnWriteArrayList<>();

	private final AtomicInteger transactions = new AtomicInteger();

	private final AtomicInteger commitsToRefuse = new AtomicInteger();

	private volatile R2dbcException commitFailure;

	/** Counts the statements of connections from {@code delegate}. */
	public StatementCounter(ConnectionFactory delegate) {
		this.delegate = delegate;
	}

	@Override
	public Publisher<? extends Connection> create() {
		return Mono.from(this.delegate.create()).map(this::counting);
	}

	@Override
	public ConnectionFactoryMetadata getMetadata() {
		return this.delegate.getMetadata();
	}

	@Override
	public ConnectionFactory unwrap() {
		return this.delegate;
	}

	/** Number of statements created since the last {@link #reset()}. */
	public int count() {
		return this.statements.size();
	}

	/** The SQL of the statements created since the last {@link #reset()}, in order (for failure messages). */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	/** Number of transactions begun since the last {@link #reset()}. */
	public int transactions() {
		return this.transactions.get();
	}

	/**
	 * Makes the next {@code count} commits roll the transaction back and fail with {@code failure} instead, as a server
	 * that refuses a transaction at commit does.
	 */
	public void refuseCommits(int count, R2dbcException failure) {
		this.commitFailure = failure;
		this.commitsToRefuse.set(count);
	}

	/** Forgets the statements and transactions counted so far. */
	public void reset() {
		this.statements.clear();
		this.transactions.set(0);
	}

	private Connection counting(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			if (method.getName().equals("createStatement")) {
				this.statements.add((String) args[0]);
			}
			else if (method.getName().equals("beginTransaction")) {
				this.transactions.incrementAndGet();
			}
			else if (method.getName().equals("commitTransaction") && this.commitsToRefuse.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				return Mono.from(connection.rollbackTransaction()).then(Mono.error(this.commitFailure));
			}
			Object result = invoke(connection, method, args);
			return method.getName().equals("createBatch") ? counting((Batch) result) : result;
		});
	}

	private Batch counting(Batch batch) {
		Batch[] self = new Batch[1];
		self[0] = proxy(Batch.class, batch, (method, args) -> {
			if (method.getName().equals("add")) {
				this.statements.add((String) args[0]);
				invoke(batch, method, args);
				// Batch.add returns the batch for chaining: keep the caller on the counting proxy.
				return self[0];
			}
			return invoke(batch, method, args);
		});
		return self[0];
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getDeclaringClass() == Wrapped.class) {
				// unwrap() reveals the driver's object; unwrap(Class) is the SPI's default walk over unwrap().
				return (args == null) ? target : InvocationHandler.invokeDefault(proxy, method, args);
			}
			if (method.getDeclaringClass() == Object.class) {
				// Identity follows the target, so a proxy equals itself and maps keyed by connection still work.
				return switch (method.getName()) {
					case "equals" -> proxy == args[0] || target.equals(args[0]);
					case "hashCode" -> target.hashCode();
					default -> invoke(target, method, args);
				};
			}
			return call.handle(method, args);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type, Wrapped.class },
				handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** What a proxy does with a call of its interface. */
	@FunctionalInterface
	private interface Call {

		Object handle(Method method, Object[] args) throws Throwable;
	}
}
