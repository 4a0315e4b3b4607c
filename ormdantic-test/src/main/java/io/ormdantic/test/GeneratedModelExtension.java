package io.ormdantic.test;

import io.ormdantic.test.internal.junit.ParameterGeneration;
import io.ormdantic.test.internal.junit.PersistedRows;
import io.ormdantic.test.internal.junit.SeedReport;
import io.ormdantic.test.internal.junit.TestSeeds;
import io.ormdantic.test.internal.seed.Seeds;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Resolves {@link GeneratedModel} parameters, and only those, so that it sits beside other resolvers such as
 * Spring's. Per test it keeps a seed (reported in the failure message of a failing test) and the rows inserted
 * for {@code persist = true} (deleted after the test); {@link Generator}s created without a seed inside the test
 * draw from the same seed. State lives in the JUnit {@link ExtensionContext.Store}.
 */
public class GeneratedModelExtension
		implements ParameterResolver, BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.isAnnotated(GeneratedModel.class);
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return ParameterGeneration.resolve(parameterContext, extensionContext);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Seeds.install(TestSeeds.of(context));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			PersistedRows.deleteAll(context);
		}
		finally {
			Seeds.clear();
		}
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		throw SeedReport.withSeed(throwable, TestSeeds.find(context));
	}
}
