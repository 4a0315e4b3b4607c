package io.ormdantic;

/** A query names an unknown field or operator, or has a negative limit, offset or depth; raised before any SQL is sent. */
public class InvalidQueryException extends OrmdanticException {

	/** Creates an exception with a message naming the model and the offending part of the query. */
	public InvalidQueryException(String message) {
		super(message);
	}
}
