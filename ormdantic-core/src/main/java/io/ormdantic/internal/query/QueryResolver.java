package io.ormdantic.internal.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.Where;
import io.ormdantic.internal.convert.ValueCoercion;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;

/**
 * The one step that checks and resolves what a caller asks for, before anything is rendered: bounds (limit, offset,
 * depth), field paths, operators and values coerced to their columns' types. Every read (findOne, findMany, stream,
 * count) goes through it; renderers then only print.
 */
public final class QueryResolver {

	private final BiFunction<TableModel, Integer, SelectPlan> plans;

	private final Function<Class<?>, TableModel> models;

	/**
	 * A resolver over cached plans.
	 *
	 * @param plans  the select plan of a model at a depth
	 * @param models the linked model of a registered class
	 */
	public QueryResolver(BiFunction<TableModel, Integer, SelectPlan> plans, Function<Class<?>, TableModel> models) {
		this.plans = plans;
		this.models = models;
	}

	/**
	 * {@code query} on {@code model}.
	 *
	 * @throws InvalidQueryException naming the model and what is wrong: a negative bound, an unknown field or
	 *                               operand, a value that does not fit its field
	 */
	public ResolvedQuery resolve(TableModel model, Query query) {
		checkBound(model, "limit", query.limit());
		checkBound(model, "offset", query.offset());
		SelectPlan plan = plan(model, query.depth());
		Condition condition = query.condition() == null ? null : condition(plan, query.condition());
		List<FieldPath> orderBy = new ArrayList<>(query.orderBy().size());
		for (String field : query.orderBy()) {
			orderBy.add(FieldPath.resolve(plan, field, "orderBy", this.models));
		}
		return new ResolvedQuery(plan, condition, orderBy, query.order(), query.limit(), query.offset());
	}

	/**
	 * The row of {@code model} with key {@code key}, relations loaded {@code depth} hops deep.
	 *
	 * @throws InvalidQueryException for a null key, a key that does not fit the key's type, or a negative depth
	 */
	public ResolvedQuery byKey(TableModel model, Object key, int depth) {
		SelectPlan plan = plan(model, depth);
		FieldPath path = new FieldPath(plan.root(), model.primaryKey());
		return new ResolvedQuery(plan, new Condition.Compare(path, Where.Operator.EQ, List.of(key(model, key))), List.of(),
				Order.ASC, 0, 0);
	}

	/**
	 * A key of {@code model} as its column's Java type.
	 *
	 * @throws InvalidQueryException for a null key or a key that does not fit the key's type
	 */
	public static Object key(TableModel model, Object key) {
		if (key == null) {
			throw new InvalidQueryException("The key of " + model.simpleName() + " must not be null");
		}
		return ValueCoercion.coerce(model, model.primaryKey(), key);
	}

	private SelectPlan plan(TableModel model, int depth) {
		checkBound(model, "depth", depth);
		return this.plans.apply(model, depth);
	}

	private static void checkBound(TableModel model, String name, int value) {
		if (value < 0) {
			throw new InvalidQueryException("Query on " + model.simpleName() + ": " + name + " must not be negative, got " + value);
		}
	}

	private Condition condition(SelectPlan plan, Where where) {
		if (where instanceof Where.Condition condition) {
			return compare(plan, condition);
		}
		if (where instanceof Where.And and) {
			return new Condition.All(and.parts().stream().map(part -> condition(plan, part)).toList());
		}
		if (where instanceof Where.Or or) {
			return new Condition.Any(or.parts().stream().map(part -> condition(plan, part)).toList());
		}
		return new Condition.Not(condition(plan, ((Where.Not) where).inner()));
	}

	private Condition compare(SelectPlan plan, Where.Condition condition) {
		FieldPath path = FieldPath.resolve(plan, condition.field(), "where", this.models);
		List<Object> values = switch (condition.operator()) {
			case IS_NULL, IS_NOT_NULL -> List.of();
			case LIKE -> List.of(String.valueOf(condition.value()));
			case IN -> coerceAll(path, (Collection<?>) condition.value());
			case BETWEEN -> coerceAll(path, (List<?>) condition.value());
			default -> List.of(coerce(path, condition.value()));
		};
		return new Condition.Compare(path, condition.operator(), values);
	}

	private List<Object> coerceAll(FieldPath path, Collection<?> values) {
		List<Object> coerced = new ArrayList<>(values.size());
		for (Object value : values) {
			coerced.add(coerce(path, value));
		}
		return coerced;
	}

	private Object coerce(FieldPath path, Object value) {
		ColumnModel column = path.column();
		if (value == null) {
			throw new InvalidQueryException("Null compared with field '" + column.field() + "' of "
					+ path.node().model().simpleName() + "; use isNull/isNotNull");
		}
		Object key = column.isRelation() ? relatedKey(column, value) : value;
		return ValueCoercion.coerce(path.node().model(), column, key);
	}

	/** A related model compared with a relation column stands for its key. */
	private Object relatedKey(ColumnModel column, Object value) {
		if (column.relationTarget().isInstance(value)) {
			TableModel target = this.models.apply(column.relationTarget());
			return target.accessor().get(value, target.primaryKey().property());
		}
		return value;
	}
}
