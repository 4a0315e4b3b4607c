package io.ormdantic.metadata;

import java.util.List;

/**
 * An index or unique constraint of a table.
 *
 * @param name    its name in the database
 * @param fields  the Java field names, in index order
 * @param columns the column names, in index order
 * @param unique  whether it is a unique constraint
 */
public record IndexMetadata(String name, List<String> fields, List<String> columns, boolean unique) {

	/** Copies the lists. */
	public IndexMetadata {
		fields = List.copyOf(fields);
		columns = List.copyOf(columns);
	}
}
