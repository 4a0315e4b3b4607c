package io.ormdantic.test.internal.constraint;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.ormdantic.test.internal.type.TypeNode;

/**
 * The Bean Validation constraints at one use of a type, read once into the limits the generators work with.
 *
 * @param required {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}
 * @param notBlank {@code @NotBlank}: at least one non-whitespace character
 * @param minSize least length or element count ({@code @Size}, 1 for {@code @NotEmpty}/{@code @NotBlank})
 * @param maxSize greatest length or element count, {@link Integer#MAX_VALUE} when unbounded
 * @param email {@code @Email}
 * @param pattern {@code @Pattern}, or null
 * @param min the lower numeric bound, or null
 * @param max the upper numeric bound, or null
 * @param integerDigits {@code @Digits(integer)}, or -1
 * @param fractionDigits {@code @Digits(fraction)}, or -1
 * @param time {@code @Past}/{@code @Future}
 */
public record Constraints(boolean required, boolean notBlank, int minSize, int maxSize, boolean email,
		Pattern pattern, Bound min, Bound max, int integerDigits, int fractionDigits, TimeWindow time) {

	/** No constraint at all. */
	public static final Constraints NONE = new Constraints(false, false, 0, Integer.MAX_VALUE, false, null, null, null,
			-1, -1, TimeWindow.ANY);

	/** The constraints among the annotations of a type use. */
	public static Constraints of(TypeNode type) {
		if (type.annotations().isEmpty()) {
			return NONE;
		}
		boolean notBlank = type.annotation(NotBlank.class) != null;
		boolean notEmpty = notBlank || type.annotation(NotEmpty.class) != null;
		Size size = type.annotation(Size.class);
		int minSize = Math.max((size != null) ? size.min() : 0, notEmpty ? 1 : 0);
		int maxSize = (size != null) ? size.max() : Integer.MAX_VALUE;
		Digits digits = type.annotation(Digits.class);
		return new Constraints(notEmpty || type.annotation(NotNull.class) != null, notBlank, minSize, maxSize,
				type.annotation(Email.class) != null, Patterns.of(type), min(type), max(type),
				(digits != null) ? digits.integer() : -1, (digits != null) ? digits.fraction() : -1, time(type));
	}

	/** Whether {@code @Size} limits the length. */
	public boolean sizeLimited() {
		return this.maxSize != Integer.MAX_VALUE;
	}

	/** Whether {@code @Digits} is present. */
	public boolean digits() {
		return this.integerDigits >= 0;
	}

	private static Bound min(TypeNode type) {
		return BoundReader.tightest(type, BoundReader.LOWER, Bound::tighterMin);
	}

	private static Bound max(TypeNode type) {
		return BoundReader.tightest(type, BoundReader.UPPER, Bound::tighterMax);
	}

	private static TimeWindow time(TypeNode type) {
		if (type.annotation(Past.class) != null || type.annotation(PastOrPresent.class) != null) {
			return TimeWindow.PAST;
		}
		if (type.annotation(Future.class) != null || type.annotation(FutureOrPresent.class) != null) {
			return TimeWindow.FUTURE;
		}
		return TimeWindow.ANY;
	}
}
