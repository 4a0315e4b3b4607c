package io.ormdantic.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.ormdantic.SchemaMode;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test of the Ormdantic layer alone, as Boot's {@code @DataR2dbcTest} is of Spring Data R2DBC: the context holds the
 * R2DBC, transaction and Ormdantic auto-configurations ({@link AutoConfigureOrmdantic}), the scanned {@code @Table}
 * models with their {@code TableOperations} beans, and none of the application's {@code @Component}s, services or
 * controllers. Each context drops and creates the models' tables ({@link #schema()}), on an embedded H2 database of its
 * own unless {@code ormdantic.connection}, {@code spring.r2dbc.url} or a {@code @ServiceConnection} container names
 * another. {@code @GeneratedModel(persist = true)} parameters are inserted through the slice's template.
 *
 * <pre>{@code
 * @OrmdanticTest
 * class FlavorTests {
 *   @Autowired TableOperations<Flavor> flavors;
 *   @Test void stored(@GeneratedModel(persist = true) Flavor flavor) {
 *     assertThat(flavors.findOne(flavor.id()).block()).isEqualTo(flavor);
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(OrmdanticTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(OrmdanticTypeExcludeFilter.class)
@AutoConfigureOrmdantic
@ImportAutoConfiguration
public @interface OrmdanticTest {

	/** Properties, as {@code key=value}, added to the context's environment. */
	String[] properties() default {};

	/**
	 * The schema step of each context ({@code ormdantic.schema}); {@code drop-create} by default, so that each context
	 * starts from empty tables. Set here rather than in {@link #properties()}, which this mapping overrides.
	 */
	@PropertyMapping("ormdantic.schema")
	SchemaMode schema() default SchemaMode.DROP_CREATE;

	/**
	 * Whether Boot's embedded database gets a name of its own per context ({@code spring.r2dbc.generate-unique-name}),
	 * so that cached contexts never share, and drop, each other's tables.
	 */
	@PropertyMapping("spring.r2dbc.generate-unique-name")
	boolean uniqueEmbeddedDatabase() default true;

	/** Whether the default filters of {@code @SpringBootApplication} apply; by default no component is included. */
	boolean useDefaultFilters() default true;

	/** Filters that add components to the context, such as a repository class of the application's. */
	Filter[] includeFilters() default {};

	/** Filters that keep components out of the context. */
	Filter[] excludeFilters() default {};

	/** Auto-configurations to leave out of this test. */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
