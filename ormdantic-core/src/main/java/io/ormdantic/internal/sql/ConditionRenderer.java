package io.ormdantic.internal.sql;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.Where;
import io.ormdantic.internal.convert.ValueCoercion;
import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.mapping.TableModel;

/** Renders a {@link Where} tree into a WHERE clause, every value a bind parameter. */
final class ConditionRenderer {

	private static final ValueConverter TEXT = ValueConverter.identity(String.class);

	private final Function<ColumnModel, ValueConverter> converters;

	private final Function<Class<?>, TableModel> models;

	ConditionRenderer(Function<ColumnModel, ValueConverter> converters, Function<Class<?>, TableModel> models) {
		this.converters = converters;
		this.models = models;
	}

	void render(SqlBuilder sql, SelectPlan plan, Where where) {
		if (where instanceof Where.Condition condition) {
			renderCondition(sql, plan, condition);
		}
		else if (where instanceof Where.And and) {
			renderJunction(sql, plan, and.parts(), " AND ", "1 = 1");
		}
		else if (where instanceof Where.Or or) {
			renderJunction(sql, plan, or.parts(), " OR ", "1 = 0");
		}
		else if (where instanceof Where.Not not) {
			sql.append("NOT (");
			render(sql, plan, not.inner());
			sql.append(")");
		}
	}

	private void renderJunction(SqlBuilder sql, SelectPlan plan, List<Where> parts, String operator, String empty) {
		if (parts.isEmpty()) {
			sql.append(empty);
			return;
		}
		sql.append("(");
		for (int i = 0; i < parts.size(); i++) {
			if (i > 0) {
				sql.append(operator);
			}
			render(sql, plan, parts.get(i));
		}
		sql.append(")");
	}

	private void renderCondition(SqlBuilder sql, SelectPlan plan, Where.Condition condition) {
		FieldPath path = FieldPath.resolve(plan, condition.field(), "where", this.models);
		sql.append(path.sql(sql));
		switch (condition.operator()) {
			case EQ -> bindAfter(sql, " = ", path, condition.value());
			case NE -> bindAfter(sql, " <> ", path, condition.value());
			case GT -> bindAfter(sql, " > ", path, condition.value());
			case GE -> bindAfter(sql, " >= ", path, condition.value());
			case LT -> bindAfter(sql, " < ", path, condition.value());
			case LE -> bindAfter(sql, " <= ", path, condition.value());
			case LIKE -> sql.append(" LIKE ").bind(String.valueOf(condition.value()), TEXT, ColumnType.STRING);
			case IN -> renderIn(sql, path, (Collection<?>) condition.value());
			case BETWEEN -> {
				List<?> bounds = (List<?>) condition.value();
				bindAfter(sql, " BETWEEN ", path, bounds.get(0));
				bindAfter(sql, " AND ", path, bounds.get(1));
			}
			case IS_NULL -> sql.append(" IS NULL");
			case IS_NOT_NULL -> sql.append(" IS NOT NULL");
		}
	}

	private void renderIn(SqlBuilder sql, FieldPath path, Collection<?> values) {
		if (values.isEmpty()) {
			// IN () is not SQL; an empty set matches nothing.
			sql.append(" IS NULL AND 1 = 0");
			return;
		}
		String separator = " IN (";
		for (Object value : values) {
			bindAfter(sql, separator, path, value);
			separator = ", ";
		}
		sql.append(")");
	}

	private void bindAfter(SqlBuilder sql, String text, FieldPath path, Object value) {
		ColumnModel column = path.column();
		if (value == null) {
			throw new InvalidQueryException("Null compared with field '" + column.field() + "' of "
					+ path.node().model().simpleName() + "; use isNull/isNotNull");
		}
		Object key = column.isRelation() ? relatedKey(column, value) : value;
		Object coerced = ValueCoercion.coerce(path.node().model(), column, key);
		sql.append(text).bind(coerced, this.converters.apply(column), column.type());
	}

	private Object relatedKey(ColumnModel column, Object value) {
		if (column.relationTarget().isInstance(value)) {
			TableModel target = this.models.apply(column.relationTarget());
			return target.accessor().get(value, target.primaryKey().property());
		}
		return value;
	}
}
