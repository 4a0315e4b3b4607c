package io.ormdantic.internal.mapping;

import java.util.List;

/**
 * An index or unique constraint over columns of one table.
 *
 * @param name    the constraint or index name, unique per schema
 * @param columns the column names
 * @param unique  whether this is a unique constraint
 */
public record IndexModel(String name, List<String> columns, boolean unique) {

	/** Copies the columns. */
	public IndexModel {
		columns = List.copyOf(columns);
	}
}
