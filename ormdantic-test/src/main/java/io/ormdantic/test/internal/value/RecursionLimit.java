package io.ormdantic.test.internal.value;

/**
 * Thrown when a nested model would go past the depth the context allows; caught by the nearest property that
 * may be null, or collection that may be shorter. One shared instance without a stack trace: it is control flow.
 */
public final class RecursionLimit extends RuntimeException {

	/** The only instance. */
	public static final RecursionLimit INSTANCE = new RecursionLimit();

	private RecursionLimit() {
		super("recursion limit", null, false, false);
	}
}
