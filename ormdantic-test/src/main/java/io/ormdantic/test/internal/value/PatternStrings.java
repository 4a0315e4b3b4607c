package io.ormdantic.test.internal.value;

import java.util.regex.Pattern;

import com.github.curiousoddman.rgxgen.RgxGen;

import io.ormdantic.test.internal.constraint.Constraints;

/**
 * Strings matching {@code @Pattern}, from RgxGen. A candidate is kept only when {@link Pattern} (what Hibernate
 * Validator uses) matches it whole and it fits {@code @Size}; a pattern too narrow for its size fails after a
 * bounded number of tries instead of looping.
 */
final class PatternStrings implements ValueGenerator {

	private static final int ATTEMPTS = 200;

	private final RgxGen generator;

	private final Pattern pattern;

	private final Constraints constraints;

	PatternStrings(Constraints constraints) {
		this.pattern = constraints.pattern();
		this.constraints = constraints;
		try {
			this.generator = RgxGen.parse(this.pattern.pattern());
		}
		catch (RuntimeException ex) {
			throw new GenerationFailure("cannot generate strings for @Pattern(regexp = \"" + this.pattern.pattern()
					+ "\"): " + ex.getMessage(), ex);
		}
	}

	@Override
	public Object next(GenerationContext context) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String candidate = this.generator.generate(context.random());
			if (fits(candidate)) {
				return candidate;
			}
		}
		throw new GenerationFailure("no string matching @Pattern(regexp = \"" + this.pattern.pattern() + "\") within @Size(min = "
				+ this.constraints.minSize() + ", max = " + this.constraints.maxSize() + ") after " + ATTEMPTS + " tries");
	}

	private boolean fits(String candidate) {
		int length = candidate.length();
		return length >= this.constraints.minSize() && length <= this.constraints.maxSize()
				&& (!this.constraints.notBlank() || !candidate.isBlank()) && this.pattern.matcher(candidate).matches();
	}
}
