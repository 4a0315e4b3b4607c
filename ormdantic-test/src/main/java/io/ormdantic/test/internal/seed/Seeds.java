package io.ormdantic.test.internal.seed;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a generator without an explicit seed gets one: from the running test's {@link TestSeed} when the
 * JUnit extension installed one on this thread, so that failures report it and replays reproduce it; else fresh.
 */
public final class Seeds {

	private static final ThreadLocal<TestSeed> current = new ThreadLocal<>();

	private Seeds() {
	}

	/** A seed for a new generator. */
	public static long next() {
		TestSeed seed = current.get();
		return (seed != null) ? seed.next() : ThreadLocalRandom.current().nextLong();
	}

	/** Makes generators on this thread draw their seeds from {@code seed} until {@link #clear()}. */
	public static void install(TestSeed seed) {
		current.set(seed);
	}

	/** Ends {@link #install}. */
	public static void clear() {
		current.remove();
	}
}
