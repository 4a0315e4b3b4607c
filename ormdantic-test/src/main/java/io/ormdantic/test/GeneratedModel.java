package io.ormdantic.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test parameter filled with a generated model (or a {@code List} of them); no other registration needed.
 *
 * <pre>{@code
 * @Test void stores(@GeneratedModel Coffee coffee) { ... }
 * @Test void loaded(@GeneratedModel(persist = true) Coffee coffee) { ... }   // inserted first, with its Flavor
 * @Test void many(@GeneratedModel(size = 5) List<Flavor> flavors) { ... }
 * @Test void fixed(@GeneratedModel(seed = 42) Flavor flavor) { ... }
 * }</pre>
 *
 * Each test draws a fresh seed, reported in its failure message as {@code [ormdantic.generator.seed=N]};
 * {@code -Dormdantic.generator.seed=N} (or the JUnit configuration parameter) replays it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(GeneratedModelExtension.class)
public @interface GeneratedModel {

	/** The {@link #seed()} default: draw the seed from the test (fresh, or the replayed one). */
	long FRESH_SEED = Long.MIN_VALUE;

	/**
	 * Insert the model, related rows first, through the test's Spring {@code OrmdanticTemplate}, and delete them
	 * after the test, last inserted first. The parameter receives each model as its insert returned it (a
	 * {@code @Version} field holds 1, the audit times those the engine stored); the related models it holds are the
	 * generated ones, whose versions are 1 too, so the parameter and its relations can be updated as they are.
	 */
	boolean persist() default false;

	/** The number of models of a {@code List<T>} parameter. */
	int size() default 1;

	/** A fixed seed for this parameter; {@link #FRESH_SEED} (the default) takes the test's seed. */
	long seed() default FRESH_SEED;
}
