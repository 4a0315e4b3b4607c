package io.ormdantic.internal.sql;

import java.util.List;
import java.util.function.Function;

import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.query.Condition;
import io.ormdantic.internal.query.FieldPath;

/** Prints a resolved {@link Condition} as a WHERE clause, every value a bind parameter. */
final class ConditionRenderer {

	private static final ValueConverter TEXT = ValueConverter.identity(String.class);

	private final Function<ColumnModel, ValueConverter> converters;

	ConditionRenderer(Function<ColumnModel, ValueConverter> converters) {
		this.converters = converters;
	}

	void render(SqlBuilder sql, Condition condition) {
		if (condition instanceof Condition.Compare compare) {
			renderCompare(sql, compare);
		}
		else if (condition instanceof Condition.All all) {
			renderJunction(sql, all.parts(), " AND ", "1 = 1");
		}
		else if (condition instanceof Condition.Any any) {
			renderJunction(sql, any.parts(), " OR ", "1 = 0");
		}
		else if (condition instanceof Condition.Not not) {
			sql.append("NOT (");
			render(sql, not.inner());
			sql.append(")");
		}
	}

	private void renderJunction(SqlBuilder sql, List<Condition> parts, String operator, String empty) {
		if (parts.isEmpty()) {
			sql.append(empty);
			return;
		}
		sql.append("(");
		for (int i = 0; i < parts.size(); i++) {
			if (i > 0) {
				sql.append(operator);
			}
			render(sql, parts.get(i));
		}
		sql.append(")");
	}

	private void renderCompare(SqlBuilder sql, Condition.Compare compare) {
		FieldPath path = compare.path();
		List<Object> values = compare.values();
		column(sql, path);
		switch (compare.operator()) {
			case EQ -> bindAfter(sql, " = ", path, values.get(0));
			case NE -> bindAfter(sql, " <> ", path, values.get(0));
			case GT -> bindAfter(sql, " > ", path, values.get(0));
			case GE -> bindAfter(sql, " >= ", path, values.get(0));
			case LT -> bindAfter(sql, " < ", path, values.get(0));
			case LE -> bindAfter(sql, " <= ", path, values.get(0));
			case LIKE -> sql.append(" LIKE ").bind(values.get(0), TEXT, ColumnType.STRING);
			case IN -> renderIn(sql, path, values);
			case BETWEEN -> {
				bindAfter(sql, " BETWEEN ", path, values.get(0));
				bindAfter(sql, " AND ", path, values.get(1));
			}
			case IS_NULL -> sql.append(" IS NULL");
			case IS_NOT_NULL -> sql.append(" IS NOT NULL");
		}
	}

	private void renderIn(SqlBuilder sql, FieldPath path, List<Object> values) {
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
		sql.append(text).bind(value, this.converters.apply(column), column.type());
	}

	/** {@code alias.column}, quoted. */
	static void column(SqlBuilder sql, FieldPath path) {
		sql.append(path.node().alias()).append(".").quoted(path.column().column());
	}
}
