package io.ormdantic.boot;

import java.util.List;

/**
 * The {@code @Table} model classes found by scanning {@code ormdantic.packages} (or the application's
 * auto-configuration packages), in a stable order; the auto-configured {@code Ormdantic} registers them.
 *
 * @param classes the model classes
 * @param packages the packages that were scanned
 */
public record OrmdanticModels(List<Class<?>> classes, List<String> packages) {

	/** Copies both lists so that the bean is immutable. */
	public OrmdanticModels {
		classes = List.copyOf(classes);
		packages = List.copyOf(packages);
	}

}
