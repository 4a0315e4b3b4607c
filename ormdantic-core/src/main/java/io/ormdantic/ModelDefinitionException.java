package io.ormdantic;

/** A model breaks a table restriction; the message names the model, the field and the rule. */
public class ModelDefinitionException extends OrmdanticException {

	/** Creates an exception with a message naming model, field and rule. */
	public ModelDefinitionException(String message) {
		super(message);
	}
}
