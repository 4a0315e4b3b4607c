package io.ormdantic.test.internal.junit;

/** A test's error (not an assertion failure) with the generator seed added to its message; the original is the cause. */
public final class SeededFailure extends RuntimeException {

	SeededFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
