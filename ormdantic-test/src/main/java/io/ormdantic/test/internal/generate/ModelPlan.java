package io.ormdantic.test.internal.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ormdantic.metadata.TypeMetadata;
import io.ormdantic.test.internal.type.TypeNode;
import io.ormdantic.test.internal.value.GenerationContext;
import io.ormdantic.test.internal.value.ValueGenerator;
import org.jspecify.annotations.Nullable;

/**
 * How to generate one record or class: a plan per field, built once per type and shared by every generator of
 * that type (nested uses included), then instances created through core's {@link TypeMetadata} of the type.
 */
public final class ModelPlan implements ValueGenerator {

	private final int id;

	private final TypeMetadata<?> metadata;

	private PropertyPlan[] properties;

	ModelPlan(int id, TypeMetadata<?> metadata) {
		this.id = id;
		this.metadata = metadata;
	}

	/** Sets the property plans once they are built (nested plans may refer to this one before: cycles). */
	void complete(List<PropertyPlan> properties) {
		this.properties = properties.toArray(PropertyPlan[]::new);
	}

	/** Core's metadata of the planned type: its fields, in declaration order. */
	public TypeMetadata<?> metadata() {
		return this.metadata;
	}

	/**
	 * The type of field {@code name} as this plan generates it: type variables bound by the planned use of the type,
	 * declaration and type-use annotations merged; null when there is no such field.
	 */
	public @Nullable TypeNode fieldType(String name) {
		for (PropertyPlan property : this.properties) {
			if (property.name().equals(name)) {
				return property.type();
			}
		}
		return null;
	}

	@Override
	public Object next(GenerationContext context) {
		return generate(context, Map.of());
	}

	/**
	 * A new instance; a field named in {@code overrides} takes its value there (null included) and draws nothing.
	 */
	public Object generate(GenerationContext context, Map<String, ?> overrides) {
		context.enter(this.id);
		try {
			Map<String, Object> values = new HashMap<>();
			for (PropertyPlan property : this.properties) {
				String name = property.name();
				values.put(name, overrides.containsKey(name) ? overrides.get(name) : property.next(context));
			}
			return this.metadata.create(values);
		}
		finally {
			context.exit(this.id);
		}
	}
}
