package io.ormdantic;

/** Sort direction applied to every {@code orderBy} field of a {@link Query}. */
public enum Order {
	/** Ascending (the default). */
	ASC,
	/** Descending. */
	DESC
}
