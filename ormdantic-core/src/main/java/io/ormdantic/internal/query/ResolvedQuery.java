package io.ormdantic.internal.query;

import java.util.List;

import io.ormdantic.Order;
import org.jspecify.annotations.Nullable;

/**
 * A query checked and resolved against a model: its select plan, condition, ordering and paging, ready to print.
 *
 * @param plan      the select plan of the model at the query's depth
 * @param condition the condition, or null for every row
 * @param orderBy   the columns ordered by, possibly none
 * @param order     the direction of every {@code orderBy} column
 * @param limit     the most rows, 0 for no limit
 * @param offset    the rows skipped
 */
public record ResolvedQuery(SelectPlan plan, @Nullable Condition condition, List<FieldPath> orderBy, Order order,
		int limit, int offset) {

	/** Copies the ordering. */
	public ResolvedQuery {
		orderBy = List.copyOf(orderBy);
	}

	/** Whether the query reads one page of the rows rather than all of them. */
	public boolean paged() {
		return this.limit > 0 || this.offset > 0;
	}
}
