package io.ormdantic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the creation time of a model: an {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime} field set
 * from the engine's {@code Clock} on insert (and on an upsert that inserts), at microsecond precision. An update
 * never overwrites the stored value, whatever the model holds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CreatedAt {
}
