package io.ormdantic.test;

/**
 * A model cannot be generated: an unsupported type or constraints that no value satisfies. The message starts
 * with the path to the field at fault ({@code Coffee.brand.owner: unsupported type java.lang.Thread}).
 */
public class GenerationException extends RuntimeException {

	/** An exception with the given message and cause. */
	public GenerationException(String message, Throwable cause) {
		super(message, cause);
	}
}
