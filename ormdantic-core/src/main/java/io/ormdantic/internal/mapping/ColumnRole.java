package io.ormdantic.internal.mapping;

/** What the engine itself writes into a column, beside the model's value. */
public enum ColumnRole {
	/** The model's value, written as it is. */ VALUE,
	/** The optimistic-locking version ({@code @Version}): 1 on insert, one more on each update. */ VERSION,
	/** The creation time ({@code @CreatedAt}): the clock on insert, never overwritten. */ CREATED_AT,
	/** The time of the last write ({@code @UpdatedAt}): the clock on every write. */ UPDATED_AT
}
