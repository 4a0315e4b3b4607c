package io.ormdantic.boot;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import io.ormdantic.Table;
import io.ormdantic.Version;
import io.ormdantic.boot.audited.BootLedger;
import io.ormdantic.boot.json.BootNote;
import io.ormdantic.boot.models.BootFlavor;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.aot.BeanRegistrationCode;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The native-image hints Spring AOT gets for the scanned models: what core's reflection path and Jackson touch.
 */
class OrmdanticModelsAotProcessorTests {

	private static final List<Class<?>> MODELS = List.of(BootFlavor.class, BootNote.class, BootLedger.class);

	@Test
	void isFoundBySpringAotThroughAotFactories() {
		assertThat(AotServices.factories().load(BeanRegistrationAotProcessor.class))
			.hasAtLeastOneElementOfType(OrmdanticModelsAotProcessor.class);
	}

	@Test
	void modelsCanBeCreatedAndReadReflectively() throws Exception {
		RuntimeHints hints = hints();
		for (Class<?> model : MODELS) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(model)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS,
						MemberCategory.ACCESS_DECLARED_FIELDS))
				.accepts(hints);
			Class<?>[] canonical = Arrays.stream(model.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(model.getDeclaredConstructor(canonical)))
				.accepts(hints);
			for (RecordComponent component : model.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.accepts(hints);
				assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(model, component.getName())).accepts(hints);
			}
		}
	}

	@Test
	void annotationsThatDeclareTablesAndColumnsAreRegistered() {
		RuntimeHints hints = hints();
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Table.class, "pk")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Version.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Size.class, "max")).accepts(hints);
	}

	@Test
	void theJavaTypeOfAJsonColumnIsRegisteredForJackson() {
		RuntimeHints hints = hints();
		assertThat(RuntimeHintsPredicates.reflection().onType(BootNote.Detail.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(BootNote.Detail.class, "someName"))
			.accepts(hints);
	}

	@Test
	void otherBeansGetNoContribution() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerBeanDefinition("other", new RootBeanDefinition(String.class));
		assertThat(new OrmdanticModelsAotProcessor().processAheadOfTime(RegisteredBean.of(beanFactory, "other")))
			.isNull();
	}

	/** The hints the processor contributes for a models bean defined as the starter defines it. */
	private static RuntimeHints hints() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		RootBeanDefinition definition = new RootBeanDefinition(OrmdanticModels.class);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, MODELS);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(1, List.of());
		beanFactory.registerBeanDefinition("ormdanticModels", definition);
		BeanRegistrationAotContribution contribution = new OrmdanticModelsAotProcessor()
			.processAheadOfTime(RegisteredBean.of(beanFactory, "ormdanticModels"));
		assertThat(contribution).isNotNull();
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(OrmdanticModelsAotProcessorTests.class)), new InMemoryGeneratedFiles());
		contribution.applyTo(generationContext, mock(BeanRegistrationCode.class));
		return generationContext.getRuntimeHints();
	}

}
