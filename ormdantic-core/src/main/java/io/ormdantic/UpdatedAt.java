package io.ormdantic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the time of a model's last write: an {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime} field
 * set from the engine's {@code Clock} on insert, update and upsert, at microsecond precision.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface UpdatedAt {
}
