package io.ormdantic;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composite unique constraint over the named fields, used in {@link Table#uniqueConstraints()}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Unique {

	/** Field names that together must be unique. */
	String[] value();
}
