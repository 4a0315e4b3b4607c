package io.ormdantic.test.internal.generate;

import java.util.List;

import io.ormdantic.test.internal.type.ModelShape;
import io.ormdantic.test.internal.value.GenerationContext;
import io.ormdantic.test.internal.value.ValueGenerator;

/**
 * How to generate one record or class: a plan per property, built once per type and shared by every generator
 * of that type (nested uses included), then instances made through the type's {@link ModelShape}.
 */
public final class ModelPlan implements ValueGenerator {

	/** Marks an override slot that is not overridden (null is a valid override). */
	public static final Object NOT_OVERRIDDEN = new Object();

	private final int id;

	private final ModelShape shape;

	private PropertyPlan[] properties;

	ModelPlan(int id, ModelShape shape) {
		this.id = id;
		this.shape = shape;
	}

	/** Sets the property plans once they are built (nested plans may refer to this one before: cycles). */
	void complete(List<PropertyPlan> properties) {
		this.properties = properties.toArray(PropertyPlan[]::new);
	}

	/** The shape of the planned type. */
	public ModelShape shape() {
		return this.shape;
	}

	@Override
	public Object next(GenerationContext context) {
		return generate(context, null);
	}

	/**
	 * A new instance; {@code overrides} (indexed like the properties, or null) holds fixed values and
	 * {@link #NOT_OVERRIDDEN} elsewhere.
	 */
	public Object generate(GenerationContext context, Object[] overrides) {
		context.enter(this.id);
		try {
			PropertyPlan[] plans = this.properties;
			Object[] values = new Object[plans.length];
			for (int i = 0; i < plans.length; i++) {
				Object override = (overrides != null) ? overrides[i] : NOT_OVERRIDDEN;
				values[i] = (override != NOT_OVERRIDDEN) ? override : plans[i].next(context);
			}
			return this.shape.instantiator().create(values);
		}
		finally {
			context.exit(this.id);
		}
	}
}
