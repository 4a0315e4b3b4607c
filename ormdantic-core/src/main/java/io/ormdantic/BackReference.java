package io.ormdantic;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a one-to-many back reference, used in {@link Table#backReferences()}: the {@code List<M>}
 * field {@link #field()} holds the rows of table {@code M} whose field {@link #mappedBy()} references this row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface BackReference {

	/** The {@code List<M>} field of the declaring model. */
	String field();

	/** The field of {@code M} typed with the declaring model. */
	String mappedBy();
}
