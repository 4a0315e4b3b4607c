package io.ormdantic.internal.connect;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import reactor.core.publisher.Mono;

/**
 * A connection factory over several servers of one database, such as the nodes of a MariaDB Galera cluster, for
 * drivers that take one host: {@code r2dbc:mysql://root@10.0.0.1:3306,10.0.0.2:3306,10.0.0.3/db}.
 * <p>
 * {@link ConnectionFactoryOptions#parse} leaves such a list whole in {@code HOST} ({@code "10.0.0.1:3306,10.0.0.2:3306,
 * 10.0.0.3"}, no {@code PORT}), and io.asyncer's r2dbc-mysql, like r2dbc-postgresql, then tries to resolve that text as
 * one host name. So each listed host gets a driver factory of its own, and {@link #create()} asks them in turn:
 * starting from the host that gave the last connection (a node that went away is not asked first again and again),
 * each within a connect timeout, moving on when one fails, and failing with every host's reason when none gives a
 * connection. A pool above this factory thus replaces connections to a dead node with ones to a live node.
 * <p>
 * The connect timeout is the URL's {@code connectTimeout} when it sets one, else {@link #DEFAULT_CONNECT_TIMEOUT}, also
 * handed to the driver so that its TCP connect gives up as early. Past it, the attempt is cancelled, as r2dbc-pool
 * cancels a slow one; this bounds a node that accepts TCP connections but never answers (a hung or paused server).
 */
public final class FailoverConnectionFactory implements ConnectionFactory {

	/**
	 * How long one host may take to give a connection when the URL says nothing: a local or same-site server answers in
	 * milliseconds, and two silent hosts then still fit in the pool's default acquire timeout of 10 s.
	 */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

	/** One listed host with the driver's factory for it. */
	private record Host(String address, ConnectionFactory factory) {
	}

	private final List<Host> hosts;

	private final Duration connectTimeout;

	/** Index of the host that gave the last connection: where the next {@link #create()} starts. */
	private final AtomicInteger current = new AtomicInteger();

	private FailoverConnectionFactory(List<Host> hosts, Duration connectTimeout) {
		this.hosts = List.copyOf(hosts);
		this.connectTimeout = connectTimeout;
	}

	/**
	 * Whether the options' host lists several hosts, separated by commas, as {@link ConnectionFactoryOptions#parse}
	 * leaves them.
	 */
	public static boolean listsSeveralHosts(ConnectionFactoryOptions options) {
		return options.getValue(ConnectionFactoryOptions.HOST) instanceof String host && host.contains(",");
	}

	/**
	 * A factory over every host the options list, in their order; each host's driver factory comes from
	 * {@code driver} applied to the options with that host and, when it names one, its port.
	 *
	 * @param options options whose {@code HOST} lists hosts such as {@code "a:3306,b:3307,c"}
	 * @param driver  the driver's factory for options naming one host, such as {@code ConnectionFactories::get}
	 * @throws IllegalArgumentException when a listed host is empty or has a port that is no number, when
	 *                                  {@code connectTimeout} is no duration, or for a {@code r2dbc:pool:} URL
	 */
	public static FailoverConnectionFactory of(ConnectionFactoryOptions options,
			Function<ConnectionFactoryOptions, ConnectionFactory> driver) {
		if ("pool".equals(options.getValue(ConnectionFactoryOptions.DRIVER))) {
			// The pool's provider would build one pool per host: let the caller pool the failover factory instead.
			throw new IllegalArgumentException("several hosts cannot be pooled by r2dbc:pool:; list them in a plain URL "
					+ "such as r2dbc:mysql://user@host1:3306,host2:3306/db, which Ormdantic pools itself");
		}
		Duration timeout = connectTimeout(options);
		List<Host> hosts = new ArrayList<>();
		for (String entry : String.valueOf(options.getValue(ConnectionFactoryOptions.HOST)).split(",", -1)) {
			String address = entry.trim();
			if (address.isEmpty()) {
				throw new IllegalArgumentException("the host list has an empty entry");
			}
			ConnectionFactoryOptions.Builder single = options.mutate()
				.option(ConnectionFactoryOptions.HOST, address)
				.option(ConnectionFactoryOptions.CONNECT_TIMEOUT, timeout);
			int colon = address.lastIndexOf(':');
			if (colon >= 0) {
				single.option(ConnectionFactoryOptions.HOST, address.substring(0, colon))
					.option(ConnectionFactoryOptions.PORT, port(address, address.substring(colon + 1)));
			}
			hosts.add(new Host(address, driver.apply(single.build())));
		}
		return new FailoverConnectionFactory(hosts, timeout);
	}

	/**
	 * A connection from the first host that gives one, starting with the one that gave the last.
	 *
	 * @return a publisher of one connection, or of an {@link R2dbcNonTransientResourceException} naming every host and
	 *         why it gave none
	 */
	@Override
	public Mono<Connection> create() {
		// Deferred: each subscription starts from the host that worked last and collects its own failures.
		return Mono.defer(() -> attempt(this.current.get(), 0, new ArrayList<>()));
	}

	/** The metadata of the first host's driver factory: every host runs the same database product. */
	@Override
	public ConnectionFactoryMetadata getMetadata() {
		return this.hosts.get(0).factory().getMetadata();
	}

	/** The listed hosts as written in the URL, in order. */
	public List<String> addresses() {
		return this.hosts.stream().map(Host::address).toList();
	}

	/** The class and its hosts, for logs and pool descriptions. */
	@Override
	public String toString() {
		return "FailoverConnectionFactory" + addresses();
	}

	/** Tries the host {@code tried} places after {@code start}, then the next ones after a failure. */
	private Mono<Connection> attempt(int start, int tried, List<Throwable> failures) {
		if (tried == this.hosts.size()) {
			return Mono.error(noHostAnswered(failures));
		}
		int index = (start + tried) % this.hosts.size();
		Host host = this.hosts.get(index);
		Mono<Connection> connection = Mono.from(host.factory().create());
		return connection
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("the driver completed without a connection")))
			.timeout(this.connectTimeout, Mono.error(() -> new TimeoutException(
					"no connection within " + this.connectTimeout.toMillis() + " ms")))
			.doOnNext((opened) -> this.current.set(index))
			.onErrorResume((failure) -> {
				failures.add(new HostFailure(host.address(), failure));
				return attempt(start, tried + 1, failures);
			});
	}

	/** The error when every host failed: the first host's failure as cause, the others suppressed, all in the message. */
	private R2dbcNonTransientResourceException noHostAnswered(List<Throwable> failures) {
		StringBuilder message = new StringBuilder("None of the ").append(this.hosts.size())
			.append(" hosts gave a connection:");
		failures.forEach((failure) -> message.append(' ').append(failure.getMessage()).append(';'));
		message.setLength(message.length() - 1);
		R2dbcNonTransientResourceException error = new R2dbcNonTransientResourceException(message.toString(),
				failures.get(0));
		failures.subList(1, failures.size()).forEach(error::addSuppressed);
		return error;
	}

	private static Duration connectTimeout(ConnectionFactoryOptions options) {
		Object given = options.getValue(ConnectionFactoryOptions.CONNECT_TIMEOUT);
		if (given == null) {
			return DEFAULT_CONNECT_TIMEOUT;
		}
		if (given instanceof Duration duration) {
			return duration;
		}
		try {
			return Duration.parse(given.toString());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("connectTimeout '" + given + "' is no ISO-8601 duration such as PT5S", ex);
		}
	}

	private static int port(String address, String port) {
		try {
			return Integer.parseInt(port);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("the port of host '" + address + "' is no number", ex);
		}
	}

	/** One host's failure: its address and reason as the message, the driver's error as the cause. */
	private static final class HostFailure extends Exception {

		private static final long serialVersionUID = 1L;

		HostFailure(String address, Throwable cause) {
			super(address + " (" + cause + ")", cause, false, false);
		}
	}
}
