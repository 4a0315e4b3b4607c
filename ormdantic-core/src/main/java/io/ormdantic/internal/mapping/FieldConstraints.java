package io.ormdantic.internal.mapping;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a property's Bean Validation annotations say about its column: the one place these rules are read. */
final class FieldConstraints {

	private FieldConstraints() {
	}

	/** Whether the property may hold null: not a primitive, not the key, not {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. */
	static boolean nullable(Property property, boolean primaryKey) {
		return !(property.type().isPrimitive() || primaryKey || property.field().isAnnotationPresent(NotNull.class)
				|| property.field().isAnnotationPresent(NotBlank.class) || property.field().isAnnotationPresent(NotEmpty.class));
	}

	/** The maximum length of a string property from {@code @Size(max)}, 0 when unbounded or not a string. */
	static int length(Property property) {
		Size size = property.field().getAnnotation(Size.class);
		return size == null || size.max() == Integer.MAX_VALUE || property.type() != String.class ? 0 : size.max();
	}

	/** Decimal precision from {@code @Digits}, 0 for the database's default. */
	static int precision(Property property) {
		Digits digits = property.field().getAnnotation(Digits.class);
		return digits == null ? 0 : digits.integer() + digits.fraction();
	}

	/** Decimal scale from {@code @Digits}, 0 without it. */
	static int scale(Property property) {
		Digits digits = property.field().getAnnotation(Digits.class);
		return digits == null ? 0 : digits.fraction();
	}
}
