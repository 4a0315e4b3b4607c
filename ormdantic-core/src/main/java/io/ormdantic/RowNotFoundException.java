package io.ormdantic;

/** An update found no row with the model's primary key. */
public class RowNotFoundException extends OrmdanticException {

	/** Creates an exception with a message naming the model and the key. */
	public RowNotFoundException(String message) {
		super(message);
	}
}
