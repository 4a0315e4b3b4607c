package io.ormdantic.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureDataSourceInitialization;

/**
 * Imports the auto-configurations an Ormdantic test needs: Boot's R2DBC, SQL initialization and transaction
 * auto-configurations, Ormdantic's, Jackson's (for JSON columns) and Testcontainers service connections when present;
 * Flyway and Liquibase when on the class path. Listed in
 * {@code META-INF/spring/io.ormdantic.test.AutoConfigureOrmdantic.imports}. {@link OrmdanticTest} applies it; use it
 * alone to add Ormdantic to another slice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureDataSourceInitialization
@ImportAutoConfiguration
public @interface AutoConfigureOrmdantic {

}
