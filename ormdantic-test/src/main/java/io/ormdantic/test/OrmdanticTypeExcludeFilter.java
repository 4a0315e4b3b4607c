package io.ormdantic.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Keeps the application's components out of an {@link OrmdanticTest} context, except those its include filters name:
 * the models need no component scan, since the starter finds them itself.
 */
class OrmdanticTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<OrmdanticTest> {

	OrmdanticTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
