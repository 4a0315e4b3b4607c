package io.ormdantic.test.internal.value;

import java.util.SplittableRandom;

import io.ormdantic.test.internal.constraint.Constraints;

/**
 * Strings: matching {@code @Pattern}, shaped by {@code @Email}, else letters and digits; always within
 * {@code @Size} (so within the column's {@code VARCHAR(n)}) and never blank.
 */
public final class StringGenerators {

	private static final char[] ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

	private static final char[] LOWER_CASE = "abcdefghijklmnopqrstuvwxyz".toCharArray();

	private static final char[] LOWER_CASE_AND_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

	private StringGenerators() {
	}

	/**
	 * A generator of strings within {@code constraints}.
	 *
	 * @throws GenerationFailure when the constraints admit no string the generator can make
	 */
	public static ValueGenerator create(Constraints constraints) {
		if (constraints.pattern() != null) {
			return new PatternStrings(constraints);
		}
		if (constraints.email()) {
			return new Emails(constraints);
		}
		SizeRange length = SizeRange.of(constraints, 5, 15);
		return (context) -> alphanumeric(context.random(), length.draw(context.random()));
	}

	/** Letters and digits: each random long gives ten 6-bit indexes, those past the alphabet are skipped. */
	static String alphanumeric(SplittableRandom random, int length) {
		char[] chars = new char[length];
		int filled = 0;
		while (filled < length) {
			long bits = random.nextLong();
			for (int chunk = 0; chunk < 10 && filled < length; chunk++, bits >>>= 6) {
				int index = (int) (bits & 63);
				if (index < ALPHANUMERIC.length) {
					chars[filled++] = ALPHANUMERIC[index];
				}
			}
		}
		return new String(chars);
	}

	/** {@code length} characters of {@code alphabet}. */
	static void append(StringBuilder builder, char[] alphabet, int length, SplittableRandom random) {
		for (int i = 0; i < length; i++) {
			builder.append(alphabet[random.nextInt(alphabet.length)]);
		}
	}

	static char[] lowerCase() {
		return LOWER_CASE;
	}

	static char[] lowerCaseAndDigits() {
		return LOWER_CASE_AND_DIGITS;
	}
}
