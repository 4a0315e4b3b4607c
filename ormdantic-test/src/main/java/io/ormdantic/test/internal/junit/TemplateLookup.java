package io.ormdantic.test.internal.junit;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import io.ormdantic.OrmdanticTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds the {@link OrmdanticTemplate} for {@code persist = true} in the test's Spring application context. Spring
 * is optional: its presence and registration are checked first, and only {@link SpringTemplates} touches its types.
 */
final class TemplateLookup {

	private static final String SPRING_EXTENSION = "org.springframework.test.context.junit.jupiter.SpringExtension";

	private TemplateLookup() {
	}

	static OrmdanticTemplate find(ExtensionContext context, Parameter parameter) {
		String problem = !springTestPresent() ? "spring-test is not on the class path"
				: !springExtensionRegistered(context) ? context.getRequiredTestClass().getSimpleName() + " has no Spring context"
				: null;
		if (problem != null) {
			throw new ParameterResolutionException("@GeneratedModel(persist = true) on parameter '" + parameter.getName()
					+ "' needs a Spring application context with an OrmdanticTemplate, but " + problem
					+ ": annotate the test class with @SpringBootTest (or @ExtendWith(SpringExtension.class)) and add"
					+ " io.ormdantic:ormdantic-spring-boot-starter and spring-boot-starter-test to the test dependencies");
		}
		return SpringTemplates.find(context);
	}

	private static boolean springTestPresent() {
		try {
			Class.forName(SPRING_EXTENSION, false, TemplateLookup.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/** Whether the test class, a superclass or an enclosing class declares SpringExtension (directly or meta). */
	private static boolean springExtensionRegistered(ExtensionContext context) {
		List<Class<?>> classes = new ArrayList<>(context.getEnclosingTestClasses());
		classes.add(context.getRequiredTestClass());
		for (Class<?> testClass : classes) {
			for (ExtendWith extendWith : AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class)) {
				for (Class<?> extension : extendWith.value()) {
					if (extension.getName().equals(SPRING_EXTENSION)) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
