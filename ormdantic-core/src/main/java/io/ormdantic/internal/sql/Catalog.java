package io.ormdantic.internal.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the database's own catalog says of the tables in the current schema, names in lower case.
 *
 * @param tables the tables by name
 */
public record Catalog(Map<String, Table> tables) {

	/** Copies the tables. */
	public Catalog {
		tables = Map.copyOf(tables);
	}

	/** The table of that name (any case), or null. */
	public @Nullable Table table(String name) {
		return this.tables.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * One table.
	 *
	 * @param name        the name
	 * @param columns     the columns by name
	 * @param indexes     the indexes, unique ones included, the primary key not
	 * @param foreignKeys the foreign keys
	 * @param hasRows     whether the table holds a row
	 * @param nulls       how many rows hold null, by column: counted only where a model's NOT NULL field meets a
	 *                    column that accepts nulls ({@link SchemaDiffer#tightens}), so that the diff can tell a safe
	 *                    NOT NULL from one that needs values
	 */
	public record Table(String name, Map<String, Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys,
			boolean hasRows, Map<String, Long> nulls) {

		/** Copies the parts. */
		public Table {
			columns = Map.copyOf(columns);
			indexes = List.copyOf(indexes);
			foreignKeys = List.copyOf(foreignKeys);
			nulls = Map.copyOf(nulls);
		}

		/** How many rows hold null in the column of that name (any case), or null when it was not counted. */
		public @Nullable Long nulls(String column) {
			return this.nulls.get(column.toLowerCase(Locale.ROOT));
		}

		/** The column of that name (any case), or null. */
		public @Nullable Column column(String name) {
			return this.columns.get(name.toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * One column.
	 *
	 * @param name      the name
	 * @param type      the data type, lower case
	 * @param length    the maximum character length, 0 when none is reported
	 * @param precision the numeric precision, 0 when none is reported
	 * @param scale     the numeric scale
	 * @param nullable  whether it accepts NULL
	 */
	public record Column(String name, String type, long length, int precision, int scale, boolean nullable) {
	}

	/**
	 * One index.
	 *
	 * @param name    the name
	 * @param columns the columns, in index order
	 * @param unique  whether it is unique
	 */
	public record Index(String name, List<String> columns, boolean unique) {
	}

	/**
	 * One foreign key of one column.
	 *
	 * @param column          the referencing column
	 * @param referencedTable the referenced table
	 */
	public record ForeignKey(String column, String referencedTable) {
	}
}
