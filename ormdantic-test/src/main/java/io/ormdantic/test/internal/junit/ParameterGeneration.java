package io.ormdantic.test.internal.junit;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

import io.ormdantic.test.GeneratedModel;
import io.ormdantic.test.GenerationException;
import io.ormdantic.test.Generator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Fills one {@code @GeneratedModel} parameter: generates its model or list, and persists it when asked. */
public final class ParameterGeneration {

	private ParameterGeneration() {
	}

	/**
	 * The value of a {@code @GeneratedModel} parameter.
	 *
	 * @throws ParameterResolutionException when the parameter cannot be generated or persisted, saying why
	 */
	public static Object resolve(ParameterContext parameterContext, ExtensionContext context) {
		Parameter parameter = parameterContext.getParameter();
		GeneratedModel annotation = parameterContext.findAnnotation(GeneratedModel.class)
			.orElseThrow(() -> new ParameterResolutionException("Parameter " + parameter + " is not @GeneratedModel"));
		Class<?> model = modelClass(parameter, annotation);
		long seed = (annotation.seed() != GeneratedModel.FRESH_SEED) ? annotation.seed() : TestSeeds.of(context).next();
		Object value;
		try {
			Generator<?> generator = Generator.of(model).seed(seed);
			value = isList(parameter) ? generator.generateList(annotation.size()) : generator.generate();
		}
		catch (GenerationException | IllegalArgumentException ex) {
			throw new ParameterResolutionException("Cannot generate @GeneratedModel parameter '" + parameter.getName()
					+ "': " + ex.getMessage(), ex);
		}
		return annotation.persist() ? persist(value, parameter, context) : value;
	}

	private static Object persist(Object value, Parameter parameter, ExtensionContext context) {
		PersistedRows rows = PersistedRows.of(context, TemplateLookup.find(context, parameter));
		if (value instanceof List<?> models) {
			return models.stream().map(rows::insert).toList();
		}
		return rows.insert(value);
	}

	/** The class to generate: the parameter's, or the element class of a {@code List<T>} parameter. */
	private static Class<?> modelClass(Parameter parameter, GeneratedModel annotation) {
		if (!isList(parameter)) {
			if (annotation.size() != 1) {
				throw new ParameterResolutionException("@GeneratedModel(size = " + annotation.size() + ") on parameter '"
						+ parameter.getName() + "': size applies to List<T> parameters only");
			}
			return parameter.getType();
		}
		Type type = parameter.getParameterizedType();
		Type element = (type instanceof ParameterizedType parameterized) ? parameterized.getActualTypeArguments()[0] : null;
		if (element instanceof ParameterizedType parameterizedElement) {
			element = parameterizedElement.getRawType();
		}
		if (!(element instanceof Class<?> elementClass)) {
			throw new ParameterResolutionException("@GeneratedModel parameter '" + parameter.getName()
					+ "' must name its element type: List<Flavor>, not " + type.getTypeName());
		}
		return elementClass;
	}

	private static boolean isList(Parameter parameter) {
		return parameter.getType() == List.class;
	}
}
