package io.ormdantic.test.internal.generate;

import io.ormdantic.test.internal.constraint.Constraints;
import io.ormdantic.test.internal.type.TypeNode;
import io.ormdantic.test.internal.value.ContainerGenerators;
import io.ormdantic.test.internal.value.GenerationFailure;
import io.ormdantic.test.internal.value.NumberGenerators;
import io.ormdantic.test.internal.value.ScalarGenerators;
import io.ormdantic.test.internal.value.StringGenerators;
import io.ormdantic.test.internal.value.TemporalGenerators;
import io.ormdantic.test.internal.value.ValueGenerator;

/** Chooses the generator for a type use from its class and constraints; nested models come from the plan builder. */
final class ValueGeneratorFactory {

	private final PlanBuilder plans;

	ValueGeneratorFactory(PlanBuilder plans) {
		this.plans = plans;
	}

	/**
	 * The generator for values of {@code type}; a primary key gets positive numbers.
	 *
	 * @throws GenerationFailure for an unsupported type or constraints no value satisfies
	 */
	ValueGenerator create(TypeNode type, boolean primaryKey) {
		Class<?> raw = type.raw();
		Constraints constraints = Constraints.of(type);
		if (raw == String.class || raw == CharSequence.class || raw == Object.class) {
			return StringGenerators.create(constraints);
		}
		if (NumberGenerators.supports(raw)) {
			return NumberGenerators.create(raw, constraints, primaryKey);
		}
		ValueGenerator scalar = ScalarGenerators.of(raw);
		if (scalar != null) {
			return scalar;
		}
		if (raw.isEnum()) {
			return ScalarGenerators.enumConstants(raw);
		}
		if (TemporalGenerators.supports(raw)) {
			return TemporalGenerators.create(raw, constraints.time());
		}
		if (raw == byte[].class) {
			return ScalarGenerators.bytes(constraints);
		}
		if (raw.isArray()) {
			return ContainerGenerators.array(raw.getComponentType(), element(type, 0, "[element]"), constraints);
		}
		if (ContainerGenerators.isCollection(raw)) {
			return ContainerGenerators.collection(raw, element(type, 0, "[element]"), constraints);
		}
		if (ContainerGenerators.isMap(raw)) {
			return ContainerGenerators.map(raw, element(type, 0, "[key]"), element(type, 1, "[value]"), constraints);
		}
		if (Composites.isComposite(raw)) {
			return this.plans.plan(type.withoutAnnotations());
		}
		throw new GenerationFailure("unsupported type " + type.typeName());
	}

	private ValueGenerator element(TypeNode container, int index, String segment) {
		try {
			return create(container.argument(index), false);
		}
		catch (GenerationFailure failure) {
			throw failure.under(segment);
		}
	}
}
