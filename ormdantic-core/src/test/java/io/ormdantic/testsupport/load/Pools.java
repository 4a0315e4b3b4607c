package io.ormdantic.testsupport.load;

import java.time.Duration;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.ConnectionFactory;

/** What a load leaves in the pool it ran on. */
public final class Pools {

	private Pools() {
	}

	/**
	 * The connections still acquired once {@code limit} has passed or none is: a cancelled query gives its connection
	 * back when the driver has read the rest of its result, so soon after the load ends, not at once.
	 *
	 * @param connectionFactory an {@code Ormdantic}'s connection factory, the pool it built
	 */
	public static int acquiredAfter(ConnectionFactory connectionFactory, Duration limit) {
		PoolMetrics metrics = ((ConnectionPool) connectionFactory).getMetrics()
			.orElseThrow(() -> new IllegalStateException("the pool keeps no metrics"));
		long deadline = System.nanoTime() + limit.toNanos();
		while (metrics.acquiredSize() > 0 && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(50));
		}
		return metrics.acquiredSize();
	}

	/** Sleeps; an interrupt ends the wait with an exception, the flag set again. */
	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}
}
