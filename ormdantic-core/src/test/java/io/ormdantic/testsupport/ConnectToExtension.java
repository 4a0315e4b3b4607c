package io.ormdantic.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves the database of {@link ConnectTo} before the class's first test: an unavailable database then skips the
 * class (or fails it in CI) with its reason, instead of failing every test on a context that could not load.
 */
public final class ConnectToExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ConnectTo.class)
			.ifPresent(connectTo -> connectTo.value().url());
	}
}
