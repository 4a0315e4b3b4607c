package io.ormdantic.boot;

import java.util.List;

import io.ormdantic.OrmdanticException;

/**
 * With {@code ormdantic.schema=validate}, the database lacks tables or columns the registered models need.
 */
public class SchemaValidationException extends OrmdanticException {

	private final List<String> missing;

	/** Creates an exception naming each missing table or column. */
	public SchemaValidationException(List<String> missing) {
		super("The database does not match the Ormdantic models (ormdantic.schema=validate): "
				+ String.join("; ", missing));
		this.missing = List.copyOf(missing);
	}

	/** The missing tables and columns, one readable description each. */
	public List<String> getMissing() {
		return this.missing;
	}

}
