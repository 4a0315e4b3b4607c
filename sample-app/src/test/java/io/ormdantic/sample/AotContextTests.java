package io.ormdantic.sample;

import java.util.List;

import io.ormdantic.boot.OrmdanticModels;
import io.ormdantic.sample.model.Coffee;
import io.ormdantic.sample.model.Flavor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coffee shop's test context when the tests run from Spring AOT's generated code ({@code -Paot} with
 * {@code -Dspring.aot.enabled=true}, as {@code .ci/run} runs them): its bean definitions come from the generated
 * code, configuration classes are not parsed, and so the model scan (done while they are parsed) does not run
 * again: the models are the ones recorded at build time. Same configuration as {@code H2CoffeeShopTests}, so both
 * share one context.
 */
@EnabledIfSystemProperty(named = "spring.aot.enabled", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ormdantic.schema=drop-create", "spring.main.banner-mode=off" })
class AotContextTests {

	@Autowired
	GenericApplicationContext context;

	@Test
	void contextIsBuiltFromGeneratedCodeWithoutParsingConfigurationClasses() {
		assertThat(this.context.containsBean(AnnotationConfigUtils.CONFIGURATION_ANNOTATION_PROCESSOR_BEAN_NAME))
			.isFalse();
	}

	@Test
	void modelsAreTheOnesRecordedAtBuildTime() {
		RootBeanDefinition definition = (RootBeanDefinition) this.context.getBeanFactory()
			.getMergedBeanDefinition("ormdanticModels");
		// A generated definition supplies its instance; one the scan registered at run time would not.
		assertThat(definition.getInstanceSupplier()).isNotNull();
		assertThat(definition.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class).getValue())
			.isEqualTo(List.of(Coffee.class, Flavor.class));
		assertThat(this.context.getBean(OrmdanticModels.class).classes()).containsExactly(Coffee.class, Flavor.class);
	}

}
