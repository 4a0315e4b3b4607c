package io.ormdantic;

/**
 * A model value breaks its column's rule (a too-long string, a null in a NOT NULL column, an unknown
 * related key type); raised before any SQL is sent, so nothing is written.
 */
public class InvalidValueException extends OrmdanticException {

	/** Creates an exception with a message naming the model, the field and the rule. */
	public InvalidValueException(String message) {
		super(message);
	}
}
