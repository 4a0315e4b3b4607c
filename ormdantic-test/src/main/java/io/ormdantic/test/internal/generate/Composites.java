package io.ormdantic.test.internal.generate;

import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Table;
import io.ormdantic.metadata.TypeMetadata;
import io.ormdantic.test.internal.value.GenerationFailure;

/**
 * Which classes the generator builds from their fields, and those fields as core describes them: what
 * {@link TypeMetadata#of} accepts (a record, or a concrete class with a no-arg constructor), outside the JDK.
 */
final class Composites {

	private Composites() {
	}

	/** Whether values of {@code type} are built from their fields rather than generated as a value. */
	static boolean isComposite(Class<?> type) {
		if (type.isPrimitive() || type.isArray() || type.isEnum() || isJdk(type)) {
			return false;
		}
		// A @Table model is built even when it breaks a table rule, so that metadata() reports core's reason.
		return type.isAnnotationPresent(Table.class) || describable(type);
	}

	/**
	 * The metadata of a composite type: a {@code ModelMetadata} for a {@code @Table} model.
	 *
	 * @throws GenerationFailure with core's message when the type breaks a rule of core (a {@code @Table} rule)
	 */
	static TypeMetadata<?> metadata(Class<?> type) {
		try {
			return TypeMetadata.of(type);
		}
		catch (ModelDefinitionException ex) {
			throw new GenerationFailure(ex.getMessage(), ex);
		}
	}

	/** Whether core describes the class; any other class is an unsupported value type to the generator. */
	private static boolean describable(Class<?> type) {
		try {
			TypeMetadata.of(type);
			return true;
		}
		catch (ModelDefinitionException ex) {
			return false;
		}
	}

	/** JDK classes are values or unsupported, never built from their (inaccessible) fields. */
	private static boolean isJdk(Class<?> type) {
		String name = type.getName();
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun.") || name.startsWith("com.sun.");
	}
}
