package io.ormdantic;

import java.util.List;

/** The database does not match the registered models ({@link SchemaMode#VALIDATE}): each difference, with its SQL. */
public class SchemaValidationException extends OrmdanticException {

	private final SchemaDiff diff;

	/** Creates an exception listing each difference. */
	public SchemaValidationException(SchemaDiff diff) {
		super("The database does not match the Ormdantic models (schema mode validate): " + String.join("; ",
				diff.changes().stream().map(change -> change.kind() + " " + change.target() + ": " + change.description()).toList()));
		this.diff = diff;
	}

	/** The differences. */
	public SchemaDiff getDiff() {
		return this.diff;
	}

	/** Each difference as one readable line: kind, table (and column), description. */
	public List<String> getMissing() {
		return this.diff.changes().stream().map(change -> change.kind() + " " + change.target() + ": " + change.description())
			.toList();
	}
}
