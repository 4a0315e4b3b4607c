package io.ormdantic.test.internal.generate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.ormdantic.test.internal.type.TypeNode;
import io.ormdantic.test.internal.value.GenerationFailure;
import io.ormdantic.test.internal.value.ValueGenerator;

/**
 * The process-wide cache of plans: each type is described by core and its generators built once, then shared by
 * all threads. Building is serialized (it is rare and may touch many types); reading is lock-free.
 */
public final class Plans {

	private static final Map<TypeNode, ModelPlan> published = new ConcurrentHashMap<>();

	private static final Map<TypeNode, ValueGenerator> roots = new ConcurrentHashMap<>();

	private static final AtomicInteger ids = new AtomicInteger();

	private Plans() {
	}

	/**
	 * The generator of {@code type}: its {@link ModelPlan} for a record or class, else a value generator.
	 *
	 * @throws GenerationFailure naming the path to an unsupported type or unsatisfiable constraints
	 */
	public static ValueGenerator generator(TypeNode type) {
		ValueGenerator generator = roots.get(type);
		return (generator != null) ? generator : build(type);
	}

	private static synchronized ValueGenerator build(TypeNode type) {
		PlanBuilder builder = new PlanBuilder(published::get, ids::getAndIncrement);
		ValueGenerator generator = Composites.isComposite(type.raw()) ? builder.plan(type.withoutAnnotations())
				: builder.generator(type);
		published.putAll(builder.built());
		roots.put(type, generator);
		return generator;
	}
}
