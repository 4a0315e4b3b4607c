package io.ormdantic.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.ormdantic.testsupport.TestDatabase;

/**
 * Names the database of a per-database test class ({@code H2Tests}, ...); the suites it inherits from
 * {@link EverySuite} read it at run time, so no suite is written per database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnDatabase {

	/** The database every nested suite runs on. */
	TestDatabase value();
}
