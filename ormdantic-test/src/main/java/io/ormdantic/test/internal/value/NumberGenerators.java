package io.ormdantic.test.internal.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import io.ormdantic.test.internal.constraint.Bound;
import io.ormdantic.test.internal.constraint.Constraints;

/**
 * Numbers within {@code @Min @Max @Positive @PositiveOrZero @Negative @NegativeOrZero @DecimalMin @DecimalMax
 * @Digits} and the column's limits. Every number is drawn as an integer of units of {@code 10^-scale} between two
 * inclusive limits computed once, so exclusive bounds and decimals need no check per value.
 */
public final class NumberGenerators {

	/** Width of the default range on a side that no constraint limits. */
	private static final BigDecimal SPAN = BigDecimal.valueOf(10_000);

	/** Upper end of a generated integer primary key: positive, and far below the column's limit. */
	private static final BigDecimal KEY_MAX = BigDecimal.valueOf(1_000_000_000);

	private NumberGenerators() {
	}

	/** Whether the class is a supported number type. */
	public static boolean supports(Class<?> type) {
		return NumberKind.of(type) != null;
	}

	/**
	 * A generator of numbers of {@code type} within {@code constraints}; a primary key is positive.
	 *
	 * @throws GenerationFailure when no number satisfies the constraints
	 */
	public static ValueGenerator create(Class<?> type, Constraints constraints, boolean primaryKey) {
		NumberKind kind = NumberKind.of(type);
		Bound min = constraints.min();
		Bound max = constraints.max();
		if (constraints.digits()) {
			BigDecimal limit = BigDecimal.TEN.pow(constraints.integerDigits());
			min = Bound.tighterMin(min, new Bound(limit.negate(), false));
			max = Bound.tighterMax(max, new Bound(limit, false));
		}
		BigDecimal defaultMin = primaryKey ? BigDecimal.ONE : BigDecimal.ZERO;
		BigDecimal defaultMax = primaryKey ? KEY_MAX : SPAN;
		Bound lower = (min != null) ? min
				: new Bound((max != null && max.value().compareTo(defaultMin) <= 0) ? max.value().subtract(SPAN) : defaultMin, true);
		Bound upper = (max != null) ? max
				: new Bound((lower.value().compareTo(defaultMax) >= 0) ? lower.value().add(SPAN) : defaultMax, true);
		lower = Bound.tighterMin(lower, kind.min());
		upper = Bound.tighterMax(upper, kind.max());
		int integerDigits = Math.max(integerDigits(lower.value()), integerDigits(upper.value()));
		int scale = kind.scale(constraints.fractionDigits(), integerDigits);
		BigInteger low = unscaled(lower, scale, RoundingMode.CEILING);
		BigInteger high = unscaled(upper, scale, RoundingMode.FLOOR);
		if (low.compareTo(high) > 0) {
			throw new GenerationFailure("no " + type.getSimpleName() + " satisfies its constraints (from "
					+ lower + " to " + upper + ", " + scale + " decimals)");
		}
		if (low.bitLength() < 64 && high.bitLength() < 64) {
			return new LongRange(kind, low.longValue(), high.longValue(), scale);
		}
		return new BigRange(kind, low, high.subtract(low).add(BigInteger.ONE), scale);
	}

	private static int integerDigits(BigDecimal value) {
		BigDecimal whole = value.abs().setScale(0, RoundingMode.CEILING);
		return (whole.signum() == 0) ? 1 : whole.precision();
	}

	/** The bound in units of {@code 10^-scale}, rounded inwards; an exclusive bound on a unit moves one unit in. */
	private static BigInteger unscaled(Bound bound, int scale, RoundingMode inwards) {
		BigDecimal units = bound.value().movePointRight(scale);
		BigInteger rounded = units.setScale(0, inwards).toBigIntegerExact();
		boolean onUnit = units.compareTo(new BigDecimal(rounded)) == 0;
		if (onUnit && !bound.inclusive()) {
			return (inwards == RoundingMode.CEILING) ? rounded.add(BigInteger.ONE) : rounded.subtract(BigInteger.ONE);
		}
		return rounded;
	}

	/** Units in a range that fits a {@code long}. */
	private record LongRange(NumberKind kind, long low, long high, int scale) implements ValueGenerator {

		@Override
		public Object next(GenerationContext context) {
			return this.kind.value(draw(context.random()), this.scale);
		}

		private long draw(SplittableRandom random) {
			if (this.high != Long.MAX_VALUE) {
				return random.nextLong(this.low, this.high + 1);
			}
			// The exclusive bound of nextLong cannot pass Long.MAX_VALUE: shift the range down by one.
			return (this.low == Long.MIN_VALUE) ? random.nextLong() : random.nextLong(this.low - 1, this.high) + 1;
		}
	}

	/** Units in a range beyond {@code long} (wide {@code BigDecimal}s): uniform by rejection. */
	private record BigRange(NumberKind kind, BigInteger low, BigInteger size, int scale) implements ValueGenerator {

		@Override
		public Object next(GenerationContext context) {
			SplittableRandom random = context.random();
			int bits = this.size.bitLength();
			BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
			BigInteger drawn;
			do {
				drawn = BigInteger.ZERO;
				for (int taken = 0; taken < bits; taken += 63) {
					drawn = drawn.shiftLeft(63).or(BigInteger.valueOf(random.nextLong() >>> 1));
				}
				drawn = drawn.and(mask);
			}
			while (drawn.compareTo(this.size) >= 0);
			return this.kind.value(this.low.add(drawn), this.scale);
		}
	}
}
