package io.ormdantic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An immutable description of which rows to read: condition, ordering, paging and relation depth.
 * Every method returns a new query.
 *
 * <pre>{@code
 * Query.where(Map.of("name", "vanilla")).orderBy("id", "name").order(Order.ASC).limit(2).offset(2).depth(1)
 * }</pre>
 *
 * A map condition means equality on each entry; a {@code Collection} value means IN, {@code null} means IS NULL,
 * and a map value of operator to value ({@code eq ne gt gte ge lt lte le like in between isNull}) means those
 * operators. Field names and limits are checked against the model when the query runs, before any SQL is sent.
 */
public final class Query {

	private static final Query ALL = new Query(null, List.of(), Order.ASC, 0, 0, 0, null, false);

	private final @Nullable Where where;

	private final List<String> orderBy;

	private final Order order;

	private final int limit;

	private final int offset;

	private final int depth;

	private final @Nullable Duration timeout;

	private final boolean primary;

	private Query(@Nullable Where where, List<String> orderBy, Order order, int limit, int offset, int depth,
			@Nullable Duration timeout, boolean primary) {
		this.where = where;
		this.orderBy = orderBy;
		this.order = order;
		this.limit = limit;
		this.offset = offset;
		this.depth = depth;
		this.timeout = timeout;
		this.primary = primary;
	}

	/** Every row, unordered, no limit, depth 0. */
	public static Query all() {
		return ALL;
	}

	/** Rows matching a map condition (see the class comment). */
	public static Query where(Map<String, ?> conditions) {
		return ALL.withWhere(fromMap(conditions));
	}

	/** Rows matching a condition. */
	public static Query where(Where condition) {
		return ALL.withWhere(condition);
	}

	/**
	 * This query with its condition replaced by a map condition. (Java cannot overload a static and an instance
	 * {@code where} with one signature, so the instance form is named {@code withWhere}.)
	 */
	public Query withWhere(Map<String, ?> conditions) {
		return withWhere(fromMap(conditions));
	}

	/** This query with its condition replaced; null means every row. */
	public Query withWhere(@Nullable Where condition) {
		return new Query(condition, this.orderBy, this.order, this.limit, this.offset, this.depth, this.timeout, this.primary);
	}

	/** This query ordered by these fields (Java field names or dotted paths). */
	public Query orderBy(String... fields) {
		List<String> names = List.of(fields);
		return new Query(this.where, names, this.order, this.limit, this.offset, this.depth, this.timeout, this.primary);
	}

	/** This query with the direction applied to every {@code orderBy} field. */
	public Query order(Order order) {
		return new Query(this.where, this.orderBy, Objects.requireNonNull(order, "order must not be null"),
				this.limit, this.offset, this.depth, this.timeout, this.primary);
	}

	/** This query returning at most {@code limit} rows of the queried table; 0 means no limit. */
	public Query limit(int limit) {
		return new Query(this.where, this.orderBy, this.order, limit, this.offset, this.depth, this.timeout, this.primary);
	}

	/** This query skipping the first {@code offset} rows of the queried table. */
	public Query offset(int offset) {
		return new Query(this.where, this.orderBy, this.order, this.limit, offset, this.depth, this.timeout, this.primary);
	}

	/** This query loading relations and back references {@code depth} hops deep. */
	public Query depth(int depth) {
		return new Query(this.where, this.orderBy, this.order, this.limit, this.offset, depth, this.timeout, this.primary);
	}

	/**
	 * This query stopped after {@code timeout}: the server stops its statements and the operation fails with Spring's
	 * {@code QueryTimeoutException}; overrides the engine's statement timeout. Inside a transaction the caller owns,
	 * whose connection Ormdantic does not configure, the timeout is enforced by the client alone.
	 */
	public Query timeout(Duration timeout) {
		Objects.requireNonNull(timeout, "timeout must not be null");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new InvalidQueryException("timeout must be positive, got " + timeout);
		}
		return new Query(this.where, this.orderBy, this.order, this.limit, this.offset, this.depth, timeout, this.primary);
	}

	/**
	 * This query read from the primary even where replicas serve reads, for reading one's own writes at once
	 * (replicas may lag behind).
	 */
	public Query onPrimary() {
		return new Query(this.where, this.orderBy, this.order, this.limit, this.offset, this.depth, this.timeout, true);
	}

	/** The statement timeout of this query, or null for the engine's. */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/** Whether this query reads from the primary ({@link #onPrimary()}). */
	public boolean primary() {
		return this.primary;
	}

	/** The condition, or null for every row. */
	public @Nullable Where condition() {
		return this.where;
	}

	/** The fields to order by, possibly empty. */
	public List<String> orderBy() {
		return this.orderBy;
	}

	/** The direction of every {@code orderBy} field. */
	public Order order() {
		return this.order;
	}

	/** The maximum number of rows; 0 means no limit. */
	public int limit() {
		return this.limit;
	}

	/** The number of rows skipped. */
	public int offset() {
		return this.offset;
	}

	/** How many hops of relations are loaded. */
	public int depth() {
		return this.depth;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Query q && Objects.equals(this.where, q.where) && this.orderBy.equals(q.orderBy)
				&& this.order == q.order && this.limit == q.limit && this.offset == q.offset && this.depth == q.depth
				&& Objects.equals(this.timeout, q.timeout) && this.primary == q.primary;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.where, this.orderBy, this.order, this.limit, this.offset, this.depth, this.timeout, this.primary);
	}

	@Override
	public String toString() {
		return "Query[where=" + this.where + ", orderBy=" + this.orderBy + ", order=" + this.order + ", limit="
				+ this.limit + ", offset=" + this.offset + ", depth=" + this.depth
				+ (this.timeout != null ? ", timeout=" + this.timeout : "") + (this.primary ? ", onPrimary" : "") + "]";
	}

	private static @Nullable Where fromMap(Map<String, ?> conditions) {
		Objects.requireNonNull(conditions, "conditions must not be null");
		List<Where> parts = new ArrayList<>();
		conditions.forEach((field, value) -> parts.add(fromEntry(field, value)));
		if (parts.isEmpty()) {
			return null;
		}
		return parts.size() == 1 ? parts.get(0) : new Where.And(parts);
	}

	private static Where fromEntry(String field, @Nullable Object value) {
		if (value instanceof Collection<?> values) {
			return Where.in(field, values);
		}
		if (value instanceof Map<?, ?> operators) {
			List<Where> parts = new ArrayList<>();
			operators.forEach((op, operand) -> parts.add(fromOperator(field, String.valueOf(op), operand)));
			if (parts.isEmpty()) {
				throw new InvalidQueryException("Field '" + field + "' has an empty operator map");
			}
			return parts.size() == 1 ? parts.get(0) : new Where.And(parts);
		}
		return Where.eq(field, value);
	}

	private static Where fromOperator(String field, String operator, @Nullable Object operand) {
		return switch (operator) {
			case "eq" -> Where.eq(field, operand);
			case "ne" -> Where.ne(field, operand);
			case "gt" -> Where.gt(field, requireOperand(field, operator, operand));
			case "gte", "ge" -> Where.ge(field, requireOperand(field, operator, operand));
			case "lt" -> Where.lt(field, requireOperand(field, operator, operand));
			case "lte", "le" -> Where.le(field, requireOperand(field, operator, operand));
			case "like" -> Where.like(field, String.valueOf(requireOperand(field, operator, operand)));
			case "in" -> {
				if (!(operand instanceof Collection<?> values)) {
					throw new InvalidQueryException("Operator 'in' on field '" + field + "' needs a collection, got " + operand);
				}
				yield Where.in(field, values);
			}
			case "between" -> {
				if (!(operand instanceof List<?> bounds) || bounds.size() != 2) {
					throw new InvalidQueryException("Operator 'between' on field '" + field + "' needs a list of two values, got " + operand);
				}
				yield Where.between(field, bounds.get(0), bounds.get(1));
			}
			case "isNull" -> Boolean.FALSE.equals(operand) ? Where.isNotNull(field) : Where.isNull(field);
			case "isNotNull" -> Boolean.FALSE.equals(operand) ? Where.isNull(field) : Where.isNotNull(field);
			default -> throw new InvalidQueryException("Unknown operator '" + operator + "' on field '" + field
					+ "'; use one of eq, ne, gt, gte, lt, lte, like, in, between, isNull, isNotNull");
		};
	}

	private static Object requireOperand(String field, String operator, @Nullable Object operand) {
		if (operand == null) {
			throw new InvalidQueryException("Operator '" + operator + "' on field '" + field + "' needs a value, got null");
		}
		return operand;
	}
}
