package io.ormdantic.boot;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;

/**
 * Contributes the native-image hints of the scanned models ({@link OrmdanticModelHints}) when Spring AOT writes out
 * the {@link OrmdanticModels} bean, as Spring Data does for its managed types. The bean's definition is written with
 * the model classes as constructor arguments, so a context started from the generated code never scans the class
 * path.
 */
class OrmdanticModelsAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		if (!OrmdanticModels.class.isAssignableFrom(registeredBean.getBeanType().toClass())) {
			return null;
		}
		OrmdanticModels models = registeredBean.getBeanFactory()
			.getBean(registeredBean.getBeanName(), OrmdanticModels.class);
		return (generationContext, code) -> new OrmdanticModelHints().register(generationContext.getRuntimeHints(),
				models.classes());
	}

}
