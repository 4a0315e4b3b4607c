package io.ormdantic.internal.execute;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * The read replicas of an engine and their health: reads take the healthy ones in turn; a replica that failed is
 * left out until a probe (a connection and a round trip) passes again, tried at most every {@link #PROBE_INTERVAL};
 * with none healthy, reads go to the primary, said once in a WARN line.
 */
public final class Replicas {

	/** The key of the replica an operation reads from (its index, an {@link Integer}) in the Reactor context. */
	public static final Object CONTEXT_KEY = Replicas.class;

	/** How long a failed replica is left out before it is probed again. */
	static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

	private static final Log logger = LogFactory.getLog(Replicas.class);

	private static final Replicas NONE = new Replicas(List.of());

	/** One replica: its factory, and when it failed (0 while healthy). */
	private record Node(int index, ConnectionFactory factory, AtomicLong downSince, AtomicBoolean probing) {
	}

	private final List<Node> nodes;

	private final AtomicInteger turn = new AtomicInteger();

	private final AtomicBoolean allDown = new AtomicBoolean();

	/** The replicas behind these connection factories, all healthy at first. */
	public Replicas(List<ConnectionFactory> factories) {
		this.nodes = java.util.stream.IntStream.range(0, factories.size())
			.mapToObj(i -> new Node(i, factories.get(i), new AtomicLong(), new AtomicBoolean()))
			.toList();
	}

	/** No replicas: every read goes to the primary. */
	public static Replicas none() {
		return NONE;
	}

	/** Whether there are no replicas at all. */
	public boolean isEmpty() {
		return this.nodes.isEmpty();
	}

	/** The index of the next healthy replica, in turn, or -1 when none is healthy (reads go to the primary). */
	int pick() {
		int size = this.nodes.size();
		int start = Math.floorMod(this.turn.getAndIncrement(), size);
		for (int i = 0; i < size; i++) {
			Node node = this.nodes.get((start + i) % size);
			if (node.downSince().get() == 0) {
				if (this.allDown.compareAndSet(true, false)) {
					logger.info("A read replica is healthy again; reads go to the replicas");
				}
				return node.index();
			}
			probeIfDue(node);
		}
		if (this.allDown.compareAndSet(false, true)) {
			logger.warn("No read replica is healthy; reads go to the primary until one is");
		}
		return -1;
	}

	/** Leaves a replica out after a failure that says it is unreachable. */
	void failed(int index, Throwable failure) {
		Node node = this.nodes.get(index);
		if (node.downSince().compareAndSet(0, System.nanoTime())) {
			logger.warn("Read replica " + index + " failed and is left out until a probe passes: " + failure);
		}
	}

	private void probeIfDue(Node node) {
		long since = node.downSince().get();
		if (since == 0 || System.nanoTime() - since < PROBE_INTERVAL.toNanos() || !node.probing().compareAndSet(false, true)) {
			return;
		}
		Mono.usingWhen(Mono.from(node.factory().create()), connection -> Mono.from(connection.validate(ValidationDepth.REMOTE)),
				Connection::close)
			.timeout(PROBE_INTERVAL)
			.onErrorReturn(false)
			.subscribe(valid -> {
				// Healthy again, or down since now: the next probe waits a whole interval.
				node.downSince().set(Boolean.TRUE.equals(valid) ? 0 : System.nanoTime());
				node.probing().set(false);
			});
	}
}
