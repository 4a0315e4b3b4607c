package io.ormdantic.internal.query;

import java.util.List;

import io.ormdantic.Where;

/** A {@code Where} resolved against a select plan: fields are columns of plan nodes, values have their columns' types. */
public sealed interface Condition {

	/**
	 * One comparison of a column with values.
	 *
	 * @param path     the column compared
	 * @param operator the comparison
	 * @param values   the values, coerced to the column's Java type: one for comparisons and LIKE, any number for
	 *                 IN (none matches nothing), two for BETWEEN, none for the null tests
	 */
	record Compare(FieldPath path, Where.Operator operator, List<Object> values) implements Condition {

		/** Copies the values. */
		public Compare {
			values = List.copyOf(values);
		}
	}

	/**
	 * All parts hold; no part is true.
	 *
	 * @param parts the conditions
	 */
	record All(List<Condition> parts) implements Condition {
	}

	/**
	 * At least one part holds; no part is false.
	 *
	 * @param parts the conditions
	 */
	record Any(List<Condition> parts) implements Condition {
	}

	/**
	 * The inner condition does not hold.
	 *
	 * @param inner the negated condition
	 */
	record Not(Condition inner) implements Condition {
	}
}
