package io.ormdantic.test.internal.value;

/** Produces random values of one type under fixed constraints; built once per type use, called per value. */
@FunctionalInterface
public interface ValueGenerator {

	/**
	 * The next value, drawn from the context's random source.
	 *
	 * @throws RecursionLimit when a nested model would go deeper than the context allows
	 */
	Object next(GenerationContext context);
}
