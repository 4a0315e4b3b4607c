package io.ormdantic.test.internal.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

import io.ormdantic.test.internal.constraint.Bound;

/**
 * The numeric types the generator supports, with the range and precision a database column keeps for each:
 * {@code BigDecimal} at most 18 integer digits and 10 decimals, floating types only as many significant digits
 * as survive a round trip through their decimal form.
 */
enum NumberKind {

	BYTE(Byte.MIN_VALUE, Byte.MAX_VALUE, (unscaled, scale) -> (byte) unscaled),

	SHORT(Short.MIN_VALUE, Short.MAX_VALUE, (unscaled, scale) -> (short) unscaled),

	INTEGER(Integer.MIN_VALUE, Integer.MAX_VALUE, (unscaled, scale) -> (int) unscaled),

	LONG(Long.MIN_VALUE, Long.MAX_VALUE, (unscaled, scale) -> unscaled),

	BIG_INTEGER(exclusive(BigDecimal.TEN.pow(18)), new Digits(0, 0, 18), (unscaled, scale) -> BigInteger.valueOf(unscaled),
			(unscaled, scale) -> unscaled),

	FLOAT(inclusive(BigDecimal.valueOf(1_000_000)), new Digits(2, 6, 6),
			(unscaled, scale) -> (float) NumberKind.decimal(unscaled, scale), null),

	DOUBLE(inclusive(BigDecimal.TEN.pow(15)), new Digits(3, 15, 15), NumberKind::decimal, null),

	BIG_DECIMAL(exclusive(BigDecimal.TEN.pow(18)), new Digits(2, 10, 28), BigDecimal::valueOf, BigDecimal::new);

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15 };

	private static final Map<Class<?>, NumberKind> BY_CLASS = Map.ofEntries(Map.entry(byte.class, BYTE),
			Map.entry(Byte.class, BYTE), Map.entry(short.class, SHORT), Map.entry(Short.class, SHORT),
			Map.entry(int.class, INTEGER), Map.entry(Integer.class, INTEGER), Map.entry(long.class, LONG),
			Map.entry(Long.class, LONG), Map.entry(BigInteger.class, BIG_INTEGER), Map.entry(float.class, FLOAT),
			Map.entry(Float.class, FLOAT), Map.entry(double.class, DOUBLE), Map.entry(Double.class, DOUBLE),
			Map.entry(BigDecimal.class, BIG_DECIMAL));

	private final Bound[] limits;

	private final Digits digits;

	private final FromLong fromLong;

	private final FromBig fromBig;

	NumberKind(long min, long max, FromLong fromLong) {
		this(new Bound[] { new Bound(BigDecimal.valueOf(min), true), new Bound(BigDecimal.valueOf(max), true) },
				new Digits(0, 0, 19), fromLong, null);
	}

	NumberKind(Bound[] limits, Digits digits, FromLong fromLong, FromBig fromBig) {
		this.limits = limits;
		this.digits = digits;
		this.fromLong = fromLong;
		this.fromBig = fromBig;
	}

	/** The kind of a numeric class, boxed or primitive, or null. */
	static NumberKind of(Class<?> type) {
		return BY_CLASS.get(type);
	}

	/** The value of {@code unscaled × 10^-scale} in this type. */
	Object value(long unscaled, int scale) {
		return this.fromLong.value(unscaled, scale);
	}

	/** The value of {@code unscaled × 10^-scale} in this type, for unscaled values beyond {@code long}. */
	Object value(BigInteger unscaled, int scale) {
		return (this.fromBig != null) ? this.fromBig.value(unscaled, scale) : value(unscaled.longValueExact(), scale);
	}

	/** The least value a column of this type keeps. */
	Bound min() {
		return this.limits[0];
	}

	/** The greatest value a column of this type keeps. */
	Bound max() {
		return this.limits[1];
	}

	/** Decimals to generate, given {@code @Digits(fraction)} (or -1) and the magnitude of the range. */
	int scale(int fractionDigits, int integerDigits) {
		int scale = (fractionDigits >= 0) ? Math.min(fractionDigits, this.digits.maxScale()) : this.digits.defaultScale();
		return Math.max(0, Math.min(scale, this.digits.precision() - integerDigits));
	}

	/** Both operands are exact doubles, so the quotient is the double nearest to the decimal. */
	private static double decimal(long unscaled, int scale) {
		return unscaled / POWERS_OF_TEN[scale];
	}

	private static Bound[] inclusive(BigDecimal limit) {
		return new Bound[] { new Bound(limit.negate(), true), new Bound(limit, true) };
	}

	private static Bound[] exclusive(BigDecimal limit) {
		return new Bound[] { new Bound(limit.negate(), false), new Bound(limit, false) };
	}

	/**
	 * How many decimals a kind gets.
	 *
	 * @param defaultScale decimals without {@code @Digits}
	 * @param maxScale most decimals, whatever {@code @Digits} says
	 * @param precision most significant digits in all
	 */
	private record Digits(int defaultScale, int maxScale, int precision) {
	}

	@FunctionalInterface
	private interface FromLong {

		Object value(long unscaled, int scale);
	}

	@FunctionalInterface
	private interface FromBig {

		Object value(BigInteger unscaled, int scale);
	}
}
