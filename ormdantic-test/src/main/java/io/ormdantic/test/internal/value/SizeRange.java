package io.ormdantic.test.internal.value;

import java.util.SplittableRandom;

import io.ormdantic.test.internal.constraint.Constraints;

/**
 * The lengths (or element counts) to draw from: {@code @Size} when given, else a small default range.
 *
 * @param min least length
 * @param max greatest length
 */
public record SizeRange(int min, int max) {

	/**
	 * The range for {@code constraints}: from {@code @Size(min)} (else {@code defaultMin}, lowered to fit under
	 * {@code @Size(max)}) up to {@code extra} more, never past {@code @Size(max)}.
	 *
	 * @throws GenerationFailure when {@code @Size} admits no length
	 */
	public static SizeRange of(Constraints constraints, int defaultMin, int extra) {
		int max = constraints.maxSize();
		if (constraints.minSize() > max || max < 0) {
			throw new GenerationFailure("no length satisfies @Size(min = " + constraints.minSize() + ", max = " + max + ")");
		}
		int min = (constraints.minSize() > 0) ? constraints.minSize()
				: Math.min(Math.min(defaultMin, Math.max(1, max / 2)), max);
		return new SizeRange(min, (int) Math.min(max, (long) min + extra));
	}

	/** A length in the range. */
	public int draw(SplittableRandom random) {
		return (this.min == this.max) ? this.min : random.nextInt(this.min, this.max + 1);
	}
}
