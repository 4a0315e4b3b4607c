package io.ormdantic.test.internal.seed;

import java.util.SplittableRandom;

/**
 * The seed of one test and the seeds derived from it, in the order the test asks for them: the first is the
 * test's seed itself (so a single {@code @GeneratedModel} parameter replays with {@code seed = N}), the others
 * come from a random source seeded with it (so {@code -Dormdantic.generator.seed=N} replays them all).
 */
public final class TestSeed {

	private final long value;

	private final SplittableRandom derived;

	private int handedOut;

	/** The seeds of a test whose seed is {@code value}. */
	public TestSeed(long value) {
		this.value = value;
		this.derived = new SplittableRandom(value);
	}

	/** The test's seed, as reported in failures. */
	public long value() {
		return this.value;
	}

	/** The seed for the next generator of the test. */
	public synchronized long next() {
		return (this.handedOut++ == 0) ? this.value : this.derived.nextLong();
	}

	/** Whether a generator of this test took a seed from it, which makes the seed worth reporting. */
	public synchronized boolean used() {
		return this.handedOut > 0;
	}
}
