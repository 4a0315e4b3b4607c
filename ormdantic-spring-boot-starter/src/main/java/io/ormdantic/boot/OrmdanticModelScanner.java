package io.ormdantic.boot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.ormdantic.Table;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the classes annotated with {@link Table} in a set of packages and their sub-packages.
 */
public class OrmdanticModelScanner {

	private final ClassPathScanningCandidateComponentProvider provider;

	private final ClassLoader classLoader;

	/** Creates a scanner reading classes through the resource loader's class loader. */
	public OrmdanticModelScanner(Environment environment, ResourceLoader resourceLoader) {
		this.provider = new ClassPathScanningCandidateComponentProvider(false, environment);
		this.provider.setResourceLoader(resourceLoader);
		this.provider.addIncludeFilter(new AnnotationTypeFilter(Table.class));
		this.classLoader = resourceLoader.getClassLoader();
	}

	/**
	 * The model classes in these packages, sorted by name within each package so that registration order (and
	 * so the order of DDL statements) does not depend on the class path order.
	 */
	public List<Class<?>> scan(Collection<String> packages) {
		Set<Class<?>> models = new LinkedHashSet<>();
		for (String basePackage : packages) {
			List<BeanDefinition> candidates = new ArrayList<>(this.provider.findCandidateComponents(basePackage));
			candidates.sort(Comparator.comparing(BeanDefinition::getBeanClassName));
			for (BeanDefinition candidate : candidates) {
				models.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), this.classLoader));
			}
		}
		return List.copyOf(models);
	}

}
