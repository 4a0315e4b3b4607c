package io.ormdantic.test;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.test.internal.generate.ModelPlan;
import io.ormdantic.test.internal.generate.Plans;
import io.ormdantic.test.internal.seed.Seeds;
import io.ormdantic.test.internal.type.TypeNode;
import io.ormdantic.test.internal.value.GenerationContext;
import io.ormdantic.test.internal.value.GenerationFailure;
import io.ormdantic.test.internal.value.RecursionLimit;
import io.ormdantic.test.internal.value.ValueGenerator;

/**
 * Random, valid instances of models (records, classes with a no-arg constructor, or any supported value type)
 * for tests: Bean Validation constraints honoured, values a database column accepts, related models generated
 * whole, and every choice drawn from one seeded source.
 *
 * <pre>{@code
 * Coffee coffee = Generator.generate(Coffee.class);
 * Coffee same = Generator.of(Coffee.class).seed(42).generate();
 * List<Flavor> five = Generator.of(Flavor.class).seed(42).generateList(5);
 * Coffee plain = Generator.of(Coffee.class).with("sweetener", "Sugar").nullOptionals().generate();
 * }</pre>
 *
 * Fields the engine writes follow the engine: a {@code @Version} field holds 1, the version an insert stores, so
 * that a generated model, once inserted, is one {@code update} accepts (and {@link #with} can set another);
 * {@code @CreatedAt} and {@code @UpdatedAt} fields get random times like any other, which the engine overwrites
 * when it writes the model.
 * <p>
 * A generator continues its random sequence from call to call, so successive {@link #generate()} calls give
 * different instances and the same seed replays the same sequence. Without {@link #seed(long)}, the seed comes
 * from the running test when {@link GeneratedModelExtension} is active (and is reported if it fails), else it is
 * fresh. Instances are not thread-safe; the per-type analysis behind them is cached and shared.
 *
 * @param <T> the generated type
 */
public final class Generator<T> {

	private final Class<T> type;

	private final ValueGenerator root;

	private final ModelPlan plan;

	/** The values {@link #with} fixed, by field name (null values included). */
	private final Map<String, Object> overrides = new HashMap<>();

	private boolean nullOptionals;

	private long seed;

	private SplittableRandom random;

	private Generator(Class<T> type) {
		this.type = type;
		this.root = rootGenerator(type);
		this.plan = (this.root instanceof ModelPlan modelPlan) ? modelPlan : null;
	}

	/**
	 * One random instance of {@code type}.
	 *
	 * @throws GenerationException when the type or one of its fields cannot be generated
	 */
	public static <T> T generate(Class<T> type) {
		return of(type).generate();
	}

	/**
	 * A generator of {@code type}, to configure before generating.
	 *
	 * @throws GenerationException when the type or one of its fields cannot be generated
	 */
	public static <T> Generator<T> of(Class<T> type) {
		return new Generator<>(type);
	}

	/** Restarts the random sequence from {@code seed}: the same seed gives the same instances, UUIDs included. */
	public Generator<T> seed(long seed) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
		return this;
	}

	/** The seed the current random sequence started from (drawn now if none was given or used yet). */
	public long seed() {
		random();
		return this.seed;
	}

	/**
	 * Fixes the top-level field {@code field} to {@code value} (null allowed unless the field is primitive).
	 *
	 * @throws IllegalArgumentException when the type has no such field or the value does not fit it
	 */
	public Generator<T> with(String field, Object value) {
		TypeNode fieldType = fieldType(field);
		// Boxes a primitive field type, so that an Integer fits an int field.
		Class<?> boxed = MethodType.methodType(fieldType.raw()).wrap().returnType();
		if ((value == null) ? fieldType.raw().isPrimitive() : !boxed.isInstance(value)) {
			throw new IllegalArgumentException(this.type.getSimpleName() + "." + field + " is a "
					+ fieldType.typeName() + ", it cannot hold " + ((value != null) ? value.getClass().getName() : "null"));
		}
		this.overrides.put(field, value);
		return this;
	}

	/**
	 * Leaves null, at every depth, every field core calls nullable ({@link FieldMetadata#nullable()}: all but
	 * primitives, primary keys, {@code @Version} fields and fields declared {@code @NotNull}/{@code @NotBlank}/
	 * {@code @NotEmpty}), except fields fixed by {@link #with}. A {@code @Version} field so keeps its 1, even when
	 * boxed; nullable {@code @CreatedAt}/{@code @UpdatedAt} fields are left null like any other.
	 */
	public Generator<T> nullOptionals() {
		this.nullOptionals = true;
		return this;
	}

	/**
	 * The next instance.
	 *
	 * @throws GenerationException when a value cannot be generated (a cycle of non-nullable relations, a
	 * constraint that no drawn value met)
	 */
	public T generate() {
		return next(new GenerationContext(random(), this.nullOptionals));
	}

	/**
	 * The next {@code size} instances; primary keys and fields unique on their own ({@link FieldMetadata#unique()}:
	 * {@code @Table(unique)}, a one-field {@code @Unique}) are distinct across them (and across the related models
	 * they hold).
	 *
	 * @throws GenerationException when a value cannot be generated
	 */
	public List<T> generateList(int size) {
		if (size < 0) {
			throw new IllegalArgumentException("size must not be negative, was " + size);
		}
		GenerationContext context = new GenerationContext(random(), this.nullOptionals);
		List<T> instances = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			instances.add(next(context));
		}
		return instances;
	}

	/** The random source, seeded on first use when no seed was given, so that a given seed never costs a drawn one. */
	private SplittableRandom random() {
		if (this.random == null) {
			seed(Seeds.next());
		}
		return this.random;
	}

	@SuppressWarnings("unchecked")
	private T next(GenerationContext context) {
		try {
			return (T) ((this.plan != null) ? this.plan.generate(context, this.overrides) : this.root.next(context));
		}
		catch (GenerationFailure failure) {
			throw failed(failure.under(this.type.getSimpleName()));
		}
		catch (RecursionLimit cut) {
			throw new GenerationException(this.type.getSimpleName() + ": cannot end a cycle of models: " + context.blamed()
					+ " may not be null, and the generator ends cycles with null", null);
		}
	}

	/** The type of a top-level field as the plan generates it, checked to exist. */
	private TypeNode fieldType(String field) {
		if (this.plan == null) {
			throw new IllegalArgumentException(this.type.getName() + " has no fields to override");
		}
		TypeNode fieldType = this.plan.fieldType(field);
		if (fieldType == null) {
			String fields = this.plan.metadata().fields().stream().map(FieldMetadata::name).collect(Collectors.joining(", "));
			throw new IllegalArgumentException(this.type.getSimpleName() + " has no field '" + field + "' (its fields: " + fields + ")");
		}
		return fieldType;
	}

	private static ValueGenerator rootGenerator(Class<?> type) {
		try {
			return Plans.generator(TypeNode.of(type));
		}
		catch (GenerationFailure failure) {
			throw failed(failure.under(type.getSimpleName()));
		}
	}

	private static GenerationException failed(GenerationFailure failure) {
		return new GenerationException(failure.getMessage(), failure.getCause());
	}
}
