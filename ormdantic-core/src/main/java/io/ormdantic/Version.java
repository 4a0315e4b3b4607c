package io.ormdantic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-locking version of a model: one {@code int}, {@code Integer}, {@code long} or {@code Long}
 * field. Inserts store 1; {@code update}, {@code upsert} and {@code delete(model)} change the row only while it
 * still holds the model's version, and fail with Spring's {@code OptimisticLockingFailureException} when another
 * writer changed it first. An update returns the model with the version the row holds now.
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Account(UUID id, long balance, @Version Long version) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
