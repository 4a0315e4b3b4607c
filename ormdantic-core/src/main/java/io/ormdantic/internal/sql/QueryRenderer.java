package io.ormdantic.internal.sql;

import java.util.List;
import java.util.function.Function;

import io.ormdantic.Order;
import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.query.FieldPath;
import io.ormdantic.internal.query.ResolvedQuery;
import io.ormdantic.internal.query.SelectPlan;

/** Prints selects and counts of {@link ResolvedQuery}s; everything was checked when they were resolved. */
public final class QueryRenderer {

	private final Dialect dialect;

	private final Function<ColumnModel, ValueConverter> converters;

	private final ConditionRenderer conditions;

	/** A renderer for one dialect. */
	public QueryRenderer(Dialect dialect, Function<ColumnModel, ValueConverter> converters) {
		this.dialect = dialect;
		this.converters = converters;
		this.conditions = new ConditionRenderer(converters);
	}

	/** The page the query selects: condition, order (by key when paging without one) and paging. */
	public SqlStatement select(ResolvedQuery query) {
		SelectPlan plan = query.plan();
		SqlBuilder sql = new SqlBuilder(this.dialect, plan.selectFrom());
		where(sql, query);
		List<FieldPath> orderBy = query.orderBy();
		if (!orderBy.isEmpty() || query.paged()) {
			String direction = query.order() == Order.DESC ? " DESC" : " ASC";
			sql.append(" ORDER BY ");
			if (orderBy.isEmpty()) {
				// Pages are only stable under an order; the key is the cheapest total one.
				sql.append("t0.").quoted(plan.root().model().primaryKey().column()).append(direction);
			}
			for (int i = 0; i < orderBy.size(); i++) {
				sql.append(i == 0 ? "" : ", ");
				ConditionRenderer.column(sql, orderBy.get(i));
				sql.append(direction);
			}
		}
		return sql.append(this.dialect.limitOffset(query.limit(), query.offset())).build();
	}

	/** {@code SELECT COUNT(*)} of the rows the query's condition selects. */
	public SqlStatement count(ResolvedQuery query) {
		SqlBuilder sql = new SqlBuilder(this.dialect, "SELECT COUNT(*)" + query.plan().from());
		where(sql, query);
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

	private void where(SqlBuilder sql, ResolvedQuery query) {
		if (query.condition() != null) {
			sql.append(" WHERE ");
			this.conditions.render(sql, query.condition());
		}
	}
}
