package io.ormdantic.test.internal.value;

import java.util.SplittableRandom;

import io.ormdantic.test.internal.constraint.Constraints;

/**
 * Addresses like {@code k3x9@qwerty.com} that Hibernate Validator's {@code @Email} accepts, of a length within
 * {@code @Size}: the length is drawn first, then split between the local part, the domain and the top-level domain.
 */
final class Emails implements ValueGenerator {

	/** {@code a@b}: a local part, an at sign and a one-label domain. */
	private static final int SHORTEST = 3;

	/** A local part of 64 characters (the limit), a label of 63 (the limit) and a three-letter top-level domain. */
	private static final int LONGEST = 64 + 1 + 63 + 1 + 3;

	private final SizeRange length;

	Emails(Constraints constraints) {
		int min = Math.max(constraints.minSize(), 8);
		int max = Math.min(constraints.maxSize(), LONGEST);
		if (max < SHORTEST || constraints.minSize() > LONGEST) {
			throw new GenerationFailure("no e-mail address fits @Size(min = " + constraints.minSize() + ", max = "
					+ constraints.maxSize() + ")");
		}
		this.length = new SizeRange(Math.min(min, max), Math.min(max, Math.min(min, max) + 16));
	}

	@Override
	public Object next(GenerationContext context) {
		SplittableRandom random = context.random();
		int length = this.length.draw(random);
		StringBuilder address = new StringBuilder(length);
		// Short addresses have no top-level domain; longer ones end in two or three letters.
		int topLevel = (length >= 6) ? Math.min(3, length - 4) : 0;
		int rest = length - 1 - ((topLevel > 0) ? topLevel + 1 : 0);
		int label = Math.min(63, Math.max(1, rest / 2));
		StringGenerators.append(address, StringGenerators.lowerCaseAndDigits(), rest - label, random);
		address.append('@');
		StringGenerators.append(address, StringGenerators.lowerCase(), label, random);
		if (topLevel > 0) {
			address.append('.');
			StringGenerators.append(address, StringGenerators.lowerCase(), topLevel, random);
		}
		return address.toString();
	}
}
