package io.ormdantic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record (or a class with a no-arg constructor) as a database table.
 *
 * <pre>{@code
 * @Table(pk = "id", indexed = {"name"})
 * public record Flavor(UUID id, @Size(max = 63) String name) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

	/** Table name; defaults to the snake_case of the simple class name ({@code CoffeeOrder -> coffee_order}). */
	String name() default "";

	/** Field holding the single-column primary key; it must be the first component or field. */
	String pk();

	/** Fields that get a (non-unique) index each. */
	String[] indexed() default {};

	/** Fields that get a single-column unique constraint each. */
	String[] unique() default {};

	/** Composite unique constraints. */
	Unique[] uniqueConstraints() default {};

	/** {@code List<M>} fields filled with the rows of {@code M} that reference this row. */
	BackReference[] backReferences() default {};
}
