package io.ormdantic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A condition on model fields, combined with {@link #and(Where)}, {@link #or(Where)} and {@link #not(Where)}.
 * Field names are Java field names; {@code "flavor.name"} reaches a related model's field when the query's
 * depth allows. Values always travel as bind parameters.
 *
 * <pre>{@code Where.like("name", "van%").and(Where.gt("sweetenerCount", 1))}</pre>
 */
public sealed interface Where permits Where.Condition, Where.And, Where.Or, Where.Not {

	/** Comparison operators of a {@link Condition}. */
	enum Operator {
		/** {@code =} */ EQ,
		/** {@code <>} */ NE,
		/** {@code >} */ GT,
		/** {@code >=} */ GE,
		/** {@code <} */ LT,
		/** {@code <=} */ LE,
		/** {@code LIKE} */ LIKE,
		/** {@code IN (...)}; the value is a collection */ IN,
		/** {@code BETWEEN a AND b}; the value is a two-element list */ BETWEEN,
		/** {@code IS NULL}; no value */ IS_NULL,
		/** {@code IS NOT NULL}; no value */ IS_NOT_NULL
	}

	/**
	 * One comparison of a field with a value.
	 *
	 * @param field    Java field name, or a dotted path into related models
	 * @param operator the comparison
	 * @param value    the value: a collection for IN, a two-element list for BETWEEN, null for the null tests
	 */
	record Condition(String field, Operator operator, @Nullable Object value) implements Where {
		/** Checks the field name is present. */
		public Condition {
			Objects.requireNonNull(field, "field must not be null");
			Objects.requireNonNull(operator, "operator must not be null");
		}
	}

	/** All parts hold. @param parts the conditions */
	record And(List<Where> parts) implements Where {
		/** Copies the parts. */
		public And {
			parts = List.copyOf(parts);
		}
	}

	/** At least one part holds. @param parts the conditions */
	record Or(List<Where> parts) implements Where {
		/** Copies the parts. */
		public Or {
			parts = List.copyOf(parts);
		}
	}

	/** The inner condition does not hold. @param inner the negated condition */
	record Not(Where inner) implements Where {
		/** Checks the inner condition is present. */
		public Not {
			Objects.requireNonNull(inner, "inner must not be null");
		}
	}

	/** {@code field = value}; a null value means {@code IS NULL}. */
	static Where eq(String field, @Nullable Object value) {
		return value == null ? isNull(field) : new Condition(field, Operator.EQ, value);
	}

	/** {@code field <> value}; a null value means {@code IS NOT NULL}. */
	static Where ne(String field, @Nullable Object value) {
		return value == null ? isNotNull(field) : new Condition(field, Operator.NE, value);
	}

	/** {@code field > value}. */
	static Where gt(String field, Object value) {
		return new Condition(field, Operator.GT, Objects.requireNonNull(value, "gt value must not be null"));
	}

	/** {@code field >= value}. */
	static Where ge(String field, Object value) {
		return new Condition(field, Operator.GE, Objects.requireNonNull(value, "ge value must not be null"));
	}

	/** {@code field < value}. */
	static Where lt(String field, Object value) {
		return new Condition(field, Operator.LT, Objects.requireNonNull(value, "lt value must not be null"));
	}

	/** {@code field <= value}. */
	static Where le(String field, Object value) {
		return new Condition(field, Operator.LE, Objects.requireNonNull(value, "le value must not be null"));
	}

	/** {@code field LIKE pattern}. */
	static Where like(String field, String pattern) {
		return new Condition(field, Operator.LIKE, Objects.requireNonNull(pattern, "like pattern must not be null"));
	}

	/** {@code field IN (values)}; an empty collection matches no row. */
	static Where in(String field, Collection<?> values) {
		return new Condition(field, Operator.IN, List.copyOf(Objects.requireNonNull(values, "in values must not be null")));
	}

	/** {@code field BETWEEN low AND high}, both ends included. */
	static Where between(String field, Object low, Object high) {
		return new Condition(field, Operator.BETWEEN, List.of(
				Objects.requireNonNull(low, "between low must not be null"),
				Objects.requireNonNull(high, "between high must not be null")));
	}

	/** {@code field IS NULL}. */
	static Where isNull(String field) {
		return new Condition(field, Operator.IS_NULL, null);
	}

	/** {@code field IS NOT NULL}. */
	static Where isNotNull(String field) {
		return new Condition(field, Operator.IS_NOT_NULL, null);
	}

	/** {@code NOT (condition)}. */
	static Where not(Where condition) {
		return new Not(condition);
	}

	/** This condition and the other. */
	default Where and(Where other) {
		Objects.requireNonNull(other, "other must not be null");
		List<Where> parts = new ArrayList<>();
		if (this instanceof And and) {
			parts.addAll(and.parts());
		} else {
			parts.add(this);
		}
		parts.add(other);
		return new And(parts);
	}

	/** This condition or the other. */
	default Where or(Where other) {
		Objects.requireNonNull(other, "other must not be null");
		List<Where> parts = new ArrayList<>();
		if (this instanceof Or or) {
			parts.addAll(or.parts());
		} else {
			parts.add(this);
		}
		parts.add(other);
		return new Or(parts);
	}
}
