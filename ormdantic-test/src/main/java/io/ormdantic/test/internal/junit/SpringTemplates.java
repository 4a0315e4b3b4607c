package io.ormdantic.test.internal.junit;

import io.ormdantic.OrmdanticTemplate;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The only class that touches Spring types: loaded once {@link TemplateLookup} has found Spring present. */
final class SpringTemplates {

	private SpringTemplates() {
	}

	static OrmdanticTemplate find(ExtensionContext context) {
		ApplicationContext applicationContext = SpringExtension.getApplicationContext(context);
		OrmdanticTemplate template = applicationContext.getBeanProvider(OrmdanticTemplate.class).getIfAvailable();
		if (template == null) {
			throw new ParameterResolutionException("@GeneratedModel(persist = true): the test's application context has"
					+ " no OrmdanticTemplate bean; add io.ormdantic:ormdantic-spring-boot-starter to the test dependencies");
		}
		return template;
	}
}
