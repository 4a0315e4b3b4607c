package io.ormdantic.internal.dialect;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An insert-or-update of one row by key, as a dialect is asked to render it.
 *
 * @param table           the quoted table
 * @param columns         the quoted columns, key first: all of them are inserted
 * @param values          the value markers, in column order
 * @param assigned        the quoted columns overwritten when the row exists: not the key, the version or a creation time
 * @param version         the quoted version column, or null: then an existing row is overwritten whatever it holds
 * @param expectedVersion the index of the first marker of the version the row must hold, bound after the values
 */
public record Upsert(String table, List<String> columns, List<String> values, List<String> assigned,
		@Nullable String version, int expectedVersion) {

	/** Copies the lists. */
	public Upsert {
		columns = List.copyOf(columns);
		values = List.copyOf(values);
		assigned = List.copyOf(assigned);
	}

	/** The quoted key column. */
	public String key() {
		return this.columns.get(0);
	}

	/** How an upsert tells what it did. */
	public enum Outcome {
		/** No version: the row is written either way, and the update count tells nothing more. */ WRITTEN,
		/** The statement returns the row's version as it left it; no row: the row holds another version. */ RETURNED_VERSION,
		/**
		 * No single statement tells an insert from a row left alone (MySQL reports both as one row where the client
		 * asks for found rows): the engine updates under the version, and inserts when no row matched; a duplicate
		 * key then means the row holds another version. Each statement checks in itself, so it stays race-free.
		 */
		UPDATE_THEN_INSERT
	}

	/**
	 * A rendered upsert.
	 *
	 * @param sql                  the statement ({@link Outcome#UPDATE_THEN_INSERT}: none, the update and insert serve)
	 * @param expectedVersionBinds how many times the expected version is bound after the values
	 * @param outcome              how the statement tells what it did
	 */
	public record Statement(String sql, int expectedVersionBinds, Outcome outcome) {
	}
}
