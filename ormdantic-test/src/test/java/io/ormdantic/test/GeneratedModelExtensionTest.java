package io.ormdantic.test;

import java.util.List;

import io.ormdantic.test.fixtures.Coffee;
import io.ormdantic.test.fixtures.Flavor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @GeneratedModel} parameters: resolution, size, seeds, and other resolvers alongside. */
@ExtendWith(GeneratedModelExtensionTest.Greeting.class)
class GeneratedModelExtensionTest {

	private Flavor fromBeforeEach;

	@BeforeEach
	void generatedInLifecycleMethods(@GeneratedModel Flavor flavor) {
		this.fromBeforeEach = flavor;
	}

	@Test
	void resolvesAModel(@GeneratedModel Coffee coffee) {
		assertThat(coffee.id()).isNotNull();
		assertThat(coffee.flavor()).isNotNull();
		assertThat(this.fromBeforeEach.name()).isNotBlank();
	}

	@Test
	void resolvesAListOfTheGivenSize(@GeneratedModel(size = 5) List<Flavor> flavors) {
		assertThat(flavors).hasSize(5).extracting(Flavor::id).doesNotHaveDuplicates();
	}

	@Test
	void fixedSeedGivesWhatTheGeneratorGivesForIt(@GeneratedModel(seed = 42) Flavor flavor) {
		assertThat(flavor).isEqualTo(Generator.of(Flavor.class).seed(42).generate());
	}

	@Test
	void parametersOfOneTestDiffer(@GeneratedModel Flavor first, @GeneratedModel Flavor second) {
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void coexistsWithOtherResolvers(@GeneratedModel Flavor flavor, TestInfo info, String greeting) {
		assertThat(flavor).isNotNull();
		assertThat(info.getDisplayName()).startsWith("coexistsWithOtherResolvers");
		assertThat(greeting).isEqualTo("hello");
	}

	/** Another resolver, for a type the generator could also produce: it must not claim un-annotated parameters. */
	static class Greeting implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
			return parameterContext.getParameter().getType() == String.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
			return "hello";
		}
	}
}
