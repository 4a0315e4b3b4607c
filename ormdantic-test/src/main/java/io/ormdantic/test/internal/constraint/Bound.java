package io.ormdantic.test.internal.constraint;

import java.math.BigDecimal;

/**
 * One side of a numeric constraint.
 *
 * @param value the limit
 * @param inclusive whether the limit itself is allowed
 */
public record Bound(BigDecimal value, boolean inclusive) {

	/** The tighter of two lower bounds (either may be null). */
	public static Bound tighterMin(Bound a, Bound b) {
		return tighter(a, b, 1);
	}

	/** The tighter of two upper bounds (either may be null). */
	public static Bound tighterMax(Bound a, Bound b) {
		return tighter(a, b, -1);
	}

	private static Bound tighter(Bound a, Bound b, int direction) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		int comparison = a.value.compareTo(b.value) * direction;
		if (comparison != 0) {
			return (comparison > 0) ? a : b;
		}
		return a.inclusive ? b : a;
	}

	@Override
	public String toString() {
		return this.value.toPlainString() + (this.inclusive ? " inclusive" : " exclusive");
	}
}
