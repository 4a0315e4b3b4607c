package io.ormdantic.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a Spring test class against a server database: the class is skipped (or, with {@code CI=true}, fails) up
 * front when the database is unavailable, and its application context gets {@code ormdantic.connection} set to
 * the database's URL. One annotation replaces the probe and the property source each per-database class needed.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ConnectToExtension.class)
public @interface ConnectTo {

	/** The database the application connects to. */
	TestDatabase value();
}
