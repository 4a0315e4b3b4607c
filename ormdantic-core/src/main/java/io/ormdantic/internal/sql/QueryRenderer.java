package io.ormdantic.internal.sql;

import java.util.List;
import java.util.function.Function;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;

/** Renders selects and counts of a {@link SelectPlan} for a {@link Query}. */
public final class QueryRenderer {

	private final Dialect dialect;

	private final Function<ColumnModel, ValueConverter> converters;

	private final Function<Class<?>, TableModel> models;

	private final ConditionRenderer conditions;

	/** A renderer for one dialect. */
	public QueryRenderer(Dialect dialect, Function<ColumnModel, ValueConverter> converters,
			Function<Class<?>, TableModel> models) {
		this.dialect = dialect;
		this.converters = converters;
		this.models = models;
		this.conditions = new ConditionRenderer(converters, models);
	}

	/**
	 * Checks limit, offset and depth before anything is rendered.
	 *
	 * @throws InvalidQueryException naming the model and the negative value
	 */
	public static void checkBounds(TableModel model, Query query) {
		check(model, "limit", query.limit());
		check(model, "offset", query.offset());
		check(model, "depth", query.depth());
	}

	private static void check(TableModel model, String name, int value) {
		if (value < 0) {
			throw new InvalidQueryException("Query on " + model.simpleName() + ": " + name + " must not be negative, got " + value);
		}
	}

	/** The page the query selects: condition, order (by key when paging without one) and paging. */
	public SqlStatement select(SelectPlan plan, Query query) {
		SqlBuilder sql = new SqlBuilder(this.dialect, plan.selectFrom());
		where(sql, plan, query);
		List<String> orderBy = query.orderBy();
		boolean paged = query.limit() > 0 || query.offset() > 0;
		if (!orderBy.isEmpty() || paged) {
			String direction = query.order() == Order.DESC ? " DESC" : " ASC";
			sql.append(" ORDER BY ");
			if (orderBy.isEmpty()) {
				// Pages are only stable under an order; the key is the cheapest total one.
				sql.append("t0.").quoted(plan.root().model().primaryKey().column()).append(direction);
			}
			for (int i = 0; i < orderBy.size(); i++) {
				FieldPath path = FieldPath.resolve(plan, orderBy.get(i), "orderBy", this.models);
				sql.append(i == 0 ? "" : ", ").append(path.sql(sql)).append(direction);
			}
		}
		return sql.append(this.dialect.limitOffset(query.limit(), query.offset())).build();
	}

	/** {@code SELECT COUNT(*)} of the rows the query's condition selects. */
	public SqlStatement count(SelectPlan plan, Query query) {
		// A count is not ordered, but a misspelt orderBy field is still the caller's mistake to hear about.
		query.orderBy().forEach(field -> FieldPath.resolve(plan, field, "orderBy", this.models));
		SqlBuilder sql = new SqlBuilder(this.dialect, "SELECT COUNT(*)" + plan.from());
		where(sql, plan, query);
		return sql.build();
	}

	/** The rows whose {@code column} (of the root) holds one of {@code keys} (Java values), in key order. */
	public SqlStatement selectWhereIn(SelectPlan plan, ColumnModel column, List<?> keys) {
		SqlBuilder sql = new SqlBuilder(this.dialect, plan.selectFrom()).append(" WHERE t0.").quoted(column.column());
		ValueConverter converter = this.converters.apply(column);
		if (keys.size() == 1) {
			return sql.append(" = ").bind(keys.get(0), converter, column.type()).build();
		}
		String separator = " IN (";
		for (Object key : keys) {
			sql.append(separator).bind(key, converter, column.type());
			separator = ", ";
		}
		// Children in key order, so a loaded back reference lists them the same way every time.
		return sql.append(") ORDER BY t0.").quoted(plan.root().model().primaryKey().column()).build();
	}

	private void where(SqlBuilder sql, SelectPlan plan, Query query) {
		if (query.condition() != null) {
			sql.append(" WHERE ");
			this.conditions.render(sql, plan, query.condition());
		}
	}
}
