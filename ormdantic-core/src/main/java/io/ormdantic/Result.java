package io.ormdantic;

import java.util.List;

/**
 * One page of models, as returned by {@link TableOperations#findMany(Query)}.
 *
 * @param offset number of rows skipped
 * @param limit  maximum number of rows asked for; 0 means no limit
 * @param data   the models of this page
 * @param <T>    the model type
 */
public record Result<T>(int offset, int limit, List<T> data) {

	/** Copies {@code data} so that a result is immutable. */
	public Result {
		data = List.copyOf(data);
	}
}
