package io.ormdantic.internal.mapping;

import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ormdantic.InvalidValueException;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.TypeMetadata;
import org.jspecify.annotations.Nullable;

/**
 * {@link TypeMetadata} over a {@link ModelAccessor}: the fields by name, and reads and creation through the same
 * generated access the engine uses.
 *
 * @param <T> the described type
 */
class TypeView<T> implements TypeMetadata<T> {

	private final Class<T> type;

	private final ModelAccessor accessor;

	private final List<FieldMetadata> fields;

	private final Map<String, Integer> indexes = new LinkedHashMap<>();

	TypeView(Class<T> type, ModelAccessor accessor, List<FieldMetadata> fields) {
		this.type = type;
		this.accessor = accessor;
		this.fields = List.copyOf(fields);
		for (int i = 0; i < this.fields.size(); i++) {
			this.indexes.put(this.fields.get(i).name(), i);
		}
	}

	@Override
	public Class<T> type() {
		return this.type;
	}

	@Override
	public List<FieldMetadata> fields() {
		return this.fields;
	}

	@Override
	public @Nullable FieldMetadata field(String name) {
		Integer index = this.indexes.get(name);
		return index == null ? null : this.fields.get(index);
	}

	@Override
	public @Nullable Object read(T instance, String field) {
		return this.accessor.get(this.type.cast(instance), index(field));
	}

	@Override
	public T create(Map<String, ?> values) {
		Object[] array = new Object[this.fields.size()];
		values.forEach((name, value) -> {
			int index = index(name);
			if (value != null && !boxed(this.fields.get(index).rawType()).isInstance(value)) {
				throw new InvalidValueException(where(name) + "a value of type " + value.getClass().getName()
						+ " does not fit its type " + this.fields.get(index).javaType().getTypeName());
			}
			array[index] = value;
		});
		return this.type.cast(this.accessor.createFrom(array));
	}

	/** Prefix of every message about a field of this type. */
	final String where(String field) {
		return "Model " + this.type.getSimpleName() + ", field '" + field + "': ";
	}

	/** The names of all fields, for messages. */
	final String names() {
		return String.join(", ", this.indexes.keySet());
	}

	private int index(String name) {
		Integer index = this.indexes.get(name);
		if (index == null) {
			throw new InvalidValueException(where(name) + "no such field; fields are: " + names());
		}
		return index;
	}

	private static Class<?> boxed(Class<?> type) {
		return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.type.getSimpleName() + " "
				+ Arrays.toString(this.fields.stream().map(FieldMetadata::name).toArray()) + "]";
	}
}
