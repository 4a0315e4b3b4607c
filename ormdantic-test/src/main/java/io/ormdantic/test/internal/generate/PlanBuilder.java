package io.ormdantic.test.internal.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.TypeMetadata;
import io.ormdantic.test.internal.type.TypeNode;
import io.ormdantic.test.internal.type.TypeResolver;
import io.ormdantic.test.internal.value.GenerationFailure;
import io.ormdantic.test.internal.value.ValueGenerator;

/**
 * Builds the plans of one type and of every type it reaches. A plan is registered before its properties are
 * built, so that a cycle refers back to it instead of recursing; nothing is published until all succeed.
 */
final class PlanBuilder {

	private final Function<TypeNode, ModelPlan> published;

	private final Map<TypeNode, ModelPlan> building = new HashMap<>();

	private final ValueGeneratorFactory factory = new ValueGeneratorFactory(this);

	/** Numbers the plans, so that the generation context can count visits per type in an array. */
	private final IntSupplier ids;

	PlanBuilder(Function<TypeNode, ModelPlan> published, IntSupplier ids) {
		this.published = published;
		this.ids = ids;
	}

	/** The plans built, to publish once the root is complete. */
	Map<TypeNode, ModelPlan> built() {
		return this.building;
	}

	/** The generator of a type that is not a model (a string, a list, ...), for roots like {@code Generator.of(String.class)}. */
	ValueGenerator generator(TypeNode type) {
		return this.factory.create(type, false);
	}

	/**
	 * The plan of a composite type (see {@link Composites}), built now unless published or under construction.
	 * Plans are per use of a generic type ({@code Box<UUID>}, {@code Box<Roast>}): its fields' types differ.
	 */
	ModelPlan plan(TypeNode type) {
		ModelPlan plan = this.published.apply(type);
		if (plan == null) {
			plan = this.building.get(type);
		}
		if (plan == null) {
			plan = build(type);
		}
		return plan;
	}

	private ModelPlan build(TypeNode type) {
		TypeMetadata<?> metadata = Composites.metadata(type.raw());
		ModelPlan plan = new ModelPlan(this.ids.getAsInt(), metadata);
		this.building.put(type, plan);
		String owner = type.raw().getSimpleName();
		List<PropertyPlan> properties = new ArrayList<>();
		for (FieldMetadata field : metadata.fields()) {
			properties.add(property(field, TypeResolver.fieldType(type, field), owner));
		}
		plan.complete(properties);
		return plan;
	}

	private PropertyPlan property(FieldMetadata field, TypeNode type, String owner) {
		if (field.role() == Role.BACK_REFERENCE) {
			return PropertyPlan.leftNull(field, type, owner);
		}
		if (field.role() == Role.VERSION) {
			return PropertyPlan.fixed(field, type, owner, firstVersion(type));
		}
		try {
			return PropertyPlan.generated(field, type, owner, this.factory.create(type, field.role() == Role.KEY));
		}
		catch (GenerationFailure failure) {
			throw failure.under(field.name());
		}
	}

	/**
	 * The version the engine stores on insert, 1, in the field's type ({@code int}/{@code Integer} or
	 * {@code long}/{@code Long}, the only types core accepts for {@code @Version}): a generated model is then the
	 * fresh model {@code update} accepts once it is inserted.
	 */
	private static Object firstVersion(TypeNode type) {
		Class<?> raw = type.raw();
		if (raw == long.class || raw == Long.class) {
			return 1L;
		}
		return 1;
	}
}
