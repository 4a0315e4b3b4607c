package io.ormdantic;

import java.util.List;

/** The database lacks tables or columns the registered models need ({@link SchemaMode#VALIDATE}). */
public class SchemaValidationException extends OrmdanticException {

	private final List<String> missing;

	/** Creates an exception naming each missing table or column. */
	public SchemaValidationException(List<String> missing) {
		super("The database does not match the Ormdantic models (schema mode validate): " + String.join("; ", missing));
		this.missing = List.copyOf(missing);
	}

	/** The missing tables and columns, one readable description each. */
	public List<String> getMissing() {
		return this.missing;
	}
}
