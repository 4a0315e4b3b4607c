package io.ormdantic.internal.execute;

import java.time.Duration;

/**
 * How often an operation that failed transiently is tried again.
 *
 * @param maxAttempts the attempts in all, the first included (1: never retried)
 * @param backoff     the wait before the first retry; each next wait is twice as long, with jitter
 */
public record RetryPolicy(int maxAttempts, Duration backoff) {

	/** Three attempts, the first retry after 50 ms. */
	public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(50));

	/** Checks the bounds. */
	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("retry maxAttempts must be at least 1, got " + maxAttempts);
		}
		if (backoff.isNegative()) {
			throw new IllegalArgumentException("retry backoff must not be negative, got " + backoff);
		}
	}
}
