package io.ormdantic.test.internal.constraint;

import java.util.regex.Pattern;

import io.ormdantic.test.internal.type.TypeNode;

/** Compiles {@code @Pattern} the way Hibernate Validator does, flags included. */
final class Patterns {

	private Patterns() {
	}

	static Pattern of(TypeNode type) {
		jakarta.validation.constraints.Pattern pattern = type.annotation(jakarta.validation.constraints.Pattern.class);
		if (pattern == null) {
			return null;
		}
		int flags = 0;
		for (jakarta.validation.constraints.Pattern.Flag flag : pattern.flags()) {
			flags |= flag.getValue();
		}
		return Pattern.compile(pattern.regexp(), flags);
	}
}
