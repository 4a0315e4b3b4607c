package io.ormdantic.metadata;

import java.util.List;
import java.util.Map;

import io.ormdantic.InvalidValueException;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.internal.mapping.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * The read-only view of a record, or of a class with a no-arg constructor and fields, as Ormdantic reads it: its
 * fields in declaration order, and reading and creating instances through the engine's own access. A {@code @Table}
 * model's view is a {@link ModelMetadata}; a nested record stored as JSON has this plainer view.
 *
 * @param <T> the described type
 */
public interface TypeMetadata<T> {

	/**
	 * The view of {@code type}: a {@link ModelMetadata} for a {@code @Table} model, checked by the table rules.
	 *
	 * @throws ModelDefinitionException when the type is neither a record nor a concrete class with a no-arg
	 *                                  constructor, or a {@code @Table} rule is broken
	 */
	static <T> TypeMetadata<T> of(Class<T> type) {
		return Metadata.of(type);
	}

	/** The described class. */
	Class<T> type();

	/** Every field (record component, or non-static non-transient field), in declaration order. */
	List<FieldMetadata> fields();

	/** The field named {@code name}, or null when there is none. */
	@Nullable FieldMetadata field(String name);

	/**
	 * The value of {@code field} in {@code instance}, boxed when primitive.
	 *
	 * @throws InvalidValueException when there is no such field
	 */
	@Nullable Object read(T instance, String field);

	/**
	 * A new instance holding {@code values} by field name; absent fields are null, or the default of a primitive.
	 *
	 * @throws InvalidValueException naming the field when a name is unknown or a value does not fit its field
	 */
	T create(Map<String, ?> values);
}
