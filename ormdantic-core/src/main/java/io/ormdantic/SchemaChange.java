package io.ormdantic;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One difference between the registered models and the database's schema, with the SQL that removes it.
 *
 * @param kind        what differs
 * @param table       the table
 * @param column      the column, or null for a table-level change (a table, an index, a constraint)
 * @param description what differs and, for a {@link Kind#MANUAL} change, what to do
 * @param sql         the statement(s) for this database that remove the difference
 * @param safe        whether {@code Ormdantic.update()} applies it: true for every kind but {@link Kind#MANUAL}
 */
public record SchemaChange(Kind kind, String table, @Nullable String column, String description, String sql,
		boolean safe) {

	/** What differs. */
	public enum Kind {
		/** A model's table is missing. */ CREATE_TABLE,
		/** A field's column is missing. */ ADD_COLUMN,
		/** A column is shorter or narrower than its field (a longer VARCHAR, a wider number). */ WIDEN_COLUMN,
		/** An index the model declares (or a relation column needs) is missing. */ ADD_INDEX,
		/** A unique constraint the model declares is missing. */ ADD_UNIQUE,
		/** A relation's foreign key is missing. */ ADD_FOREIGN_KEY,
		/** A column is NOT NULL while its field may be null. */ NULLABLE_COLUMN,
		/**
		 * A column accepts nulls while its field is NOT NULL, and no row holds null (counted when the diff is made):
		 * it becomes NOT NULL. Over rows that hold null the change is {@link #MANUAL}.
		 */
		NOT_NULL_COLUMN,
		/**
		 * A difference that cannot be removed without losing data or inventing values: a changed type, a narrowed
		 * column, NOT NULL over rows that hold null, a NOT NULL column without a default added to a table with rows,
		 * a column no field declares, a table that a model of this set once declared (Ormdantic records the tables it
		 * creates or updates in its own table {@code ormdantic_tables}) and none declares any more. Reported, never
		 * applied.
		 */
		MANUAL
	}

	/** Checks the parts. */
	public SchemaChange {
		Objects.requireNonNull(kind, "kind must not be null");
		Objects.requireNonNull(table, "table must not be null");
		Objects.requireNonNull(description, "description must not be null");
		Objects.requireNonNull(sql, "sql must not be null");
	}

	/** {@code table} or {@code table.column}, for messages. */
	public String target() {
		return this.column == null ? this.table : this.table + "." + this.column;
	}
}
