package io.ormdantic;

import org.springframework.dao.NonTransientDataAccessException;

/**
 * Root of the exceptions Ormdantic raises itself. It is a Spring {@link NonTransientDataAccessException}, so one
 * {@code catch (DataAccessException e)} (and Spring's exception handlers) covers Ormdantic's own failures and the
 * database's, which arrive as Spring's {@code DataAccessException}s too.
 */
public class OrmdanticException extends NonTransientDataAccessException {

	/** Creates an exception with a message. */
	public OrmdanticException(String message) {
		super(message);
	}

	/** Creates an exception with a message and a cause. */
	public OrmdanticException(String message, Throwable cause) {
		super(message, cause);
	}
}
