package io.ormdantic.internal.convert;

import java.math.BigDecimal;
import java.util.UUID;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.mapping.TableModel;

/**
 * Brings a value given in a query or as a key (a number of another width, a UUID as text, a related model)
 * to the Java type of its column, or rejects it naming the field.
 */
public final class ValueCoercion {

	private ValueCoercion() {
	}

	/**
	 * The value as the column's Java type (the related key type for relation columns; the caller replaces a
	 * related model by its key first).
	 *
	 * @throws InvalidQueryException when the value cannot stand for the column
	 */
	public static Object coerce(TableModel model, ColumnModel column, Object value) {
		if (value == null) {
			return null;
		}
		Object result = switch (column.type()) {
			case INTEGER -> value instanceof Number n && fitsLong(n) ? (Object) Math.toIntExact(n.longValue()) : null;
			case LONG -> value instanceof Number n && fitsLong(n) ? (Object) n.longValue() : null;
			case SHORT -> value instanceof Number n ? (Object) (short) n.intValue() : null;
			case DOUBLE -> value instanceof Number n ? (Object) n.doubleValue() : null;
			case FLOAT -> value instanceof Number n ? (Object) n.floatValue() : null;
			case DECIMAL -> value instanceof Number n ? new BigDecimal(n.toString()) : null;
			case UUID -> value instanceof UUID ? value : value instanceof String s ? parseUuid(s) : null;
			case STRING -> value instanceof CharSequence s ? s.toString() : null;
			case ENUM -> enumValue(column.javaType(), value);
			default -> isBoxedInstance(column, value) ? value : null;
		};
		if (result == null) {
			throw new InvalidQueryException("Field '" + column.field() + "' of " + model.simpleName() + " is "
					+ describe(column) + "; the value " + value + " (" + value.getClass().getSimpleName() + ") does not fit it");
		}
		return result;
	}

	private static boolean fitsLong(Number n) {
		return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
				|| (n instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0);
	}

	private static Object parseUuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Object enumValue(Class<?> type, Object value) {
		if (type.isInstance(value)) {
			return value;
		}
		if (value instanceof String name) {
			for (Object constant : type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(name)) {
					return constant;
				}
			}
		}
		return null;
	}

	private static boolean isBoxedInstance(ColumnModel column, Object value) {
		Class<?> type = column.javaType();
		if (type.isPrimitive()) {
			return column.type() == ColumnType.BOOLEAN && value instanceof Boolean;
		}
		return type.isInstance(value) || (column.type() == ColumnType.JSON);
	}

	private static String describe(ColumnModel column) {
		return column.isRelation() ? "a relation to " + column.relationTarget().getSimpleName() + " keyed by "
				+ column.type() : column.javaType().getSimpleName();
	}
}
