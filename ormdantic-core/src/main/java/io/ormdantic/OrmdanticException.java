package io.ormdantic;

/** Root of the exceptions Ormdantic raises itself; database errors arrive as Spring {@code DataAccessException}s. */
public class OrmdanticException extends RuntimeException {

	/** Creates an exception with a message. */
	public OrmdanticException(String message) {
		super(message);
	}

	/** Creates an exception with a message and a cause. */
	public OrmdanticException(String message, Throwable cause) {
		super(message, cause);
	}
}
