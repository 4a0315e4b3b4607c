package io.ormdantic.test.internal.junit;

import java.util.concurrent.ThreadLocalRandom;

import io.ormdantic.test.internal.seed.TestSeed;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link TestSeed} of each test, kept in its extension store: the {@code ormdantic.generator.seed}
 * configuration parameter (which JUnit also reads from system properties) when set, else a fresh one.
 */
public final class TestSeeds {

	/** The configuration parameter (or {@code -D} system property) that replays a seed. */
	public static final String PROPERTY = "ormdantic.generator.seed";

	static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create("io.ormdantic.test");

	private TestSeeds() {
	}

	/** The seed of the test (or container) of {@code context}, created on first use. */
	public static TestSeed of(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent(TestSeed.class, (key) -> new TestSeed(initial(context)),
				TestSeed.class);
	}

	/** The seed of {@code context} or an enclosing context, or null when none was created. */
	public static TestSeed find(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(TestSeed.class, TestSeed.class);
	}

	private static long initial(ExtensionContext context) {
		return context.getConfigurationParameter(PROPERTY).map(TestSeeds::parse)
			.orElseGet(() -> ThreadLocalRandom.current().nextLong());
	}

	private static long parse(String value) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(PROPERTY + " must be a long, was '" + value + "'", ex);
		}
	}
}
