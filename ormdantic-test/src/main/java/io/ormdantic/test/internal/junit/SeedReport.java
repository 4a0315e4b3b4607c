package io.ormdantic.test.internal.junit;

import io.ormdantic.test.internal.seed.TestSeed;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Adds {@code [ormdantic.generator.seed=N]} to the message of a failing test that generated values, so that every
 * report (console, IDE, CI) shows how to replay it. The original stays as the cause, an assertion keeps its
 * expected and actual values and the stack trace keeps pointing at the test.
 */
public final class SeedReport {

	private SeedReport() {
	}

	/** {@code failure} with the seed in its message; unchanged when no value was generated or the test was aborted. */
	public static Throwable withSeed(Throwable failure, TestSeed seed) {
		if (seed == null || !seed.used() || failure instanceof TestAbortedException) {
			return failure;
		}
		String marker = "[" + TestSeeds.PROPERTY + "=" + seed.value() + "]";
		String original = failure.getMessage();
		if (original != null && original.contains(marker)) {
			return failure;
		}
		String message = (original == null || original.isEmpty()) ? marker : original + " " + marker;
		Throwable reported = rewrap(failure, message);
		reported.setStackTrace(failure.getStackTrace());
		return reported;
	}

	private static Throwable rewrap(Throwable failure, String message) {
		if (failure instanceof AssertionFailedError assertion && assertion.isExpectedDefined() && assertion.isActualDefined()) {
			return new AssertionFailedError(message, assertion.getExpected().getValue(), assertion.getActual().getValue(), failure);
		}
		if (failure instanceof AssertionError) {
			return new AssertionFailedError(message, failure);
		}
		return new SeededFailure(failure.getClass().getName() + ": " + message, failure);
	}
}
