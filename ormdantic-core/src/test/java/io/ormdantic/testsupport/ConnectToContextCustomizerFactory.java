package io.ormdantic.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Sets {@code ormdantic.connection} in the application context of a test class annotated with {@link ConnectTo}.
 * Registered in {@code META-INF/spring.factories} of core's test-jar, so every module's Spring tests have it.
 */
public final class ConnectToContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		ConnectTo connectTo = TestContextAnnotationUtils.findMergedAnnotation(testClass, ConnectTo.class);
		return connectTo == null ? null : new Connection(connectTo.value());
	}

	/**
	 * The property source of one database; a record, so that equal databases share a cached context.
	 *
	 * @param database the database the context connects to
	 */
	private record Connection(TestDatabase database) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ormdantic-test-database",
					Map.of("ormdantic.connection", this.database.url())));
		}
	}
}
