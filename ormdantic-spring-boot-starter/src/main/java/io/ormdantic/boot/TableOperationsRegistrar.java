package io.ormdantic.boot;

import java.util.List;

import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.TableOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.StringUtils;

/**
 * Scans for {@code @Table} models while bean definitions are read, and registers the {@link OrmdanticModels}
 * bean plus one {@code TableOperations<M>} bean per model, typed with its generic so that
 * {@code @Autowired TableOperations<Flavor>} resolves. Each backs off when the application defines a bean of
 * the same type.
 */
class TableOperationsRegistrar
		implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware, ResourceLoaderAware {

	private static final Log logger = LogFactory.getLog(TableOperationsRegistrar.class);

	private ListableBeanFactory beanFactory;

	private Environment environment;

	private ResourceLoader resourceLoader;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (ListableBeanFactory) beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		List<String> packages = packages();
		List<Class<?>> models = new OrmdanticModelScanner(this.environment, this.resourceLoader).scan(packages);
		logger.debug("Ormdantic found " + models.size() + " model(s) in " + packages);
		if (this.beanFactory.getBeanNamesForType(OrmdanticModels.class, true, false).length == 0) {
			RootBeanDefinition found = new RootBeanDefinition(OrmdanticModels.class);
			found.getConstructorArgumentValues().addIndexedArgumentValue(0, models);
			found.getConstructorArgumentValues().addIndexedArgumentValue(1, packages);
			registry.registerBeanDefinition("ormdanticModels", found);
		}
		for (Class<?> model : models) {
			ResolvableType type = ResolvableType.forClassWithGenerics(TableOperations.class, model);
			if (this.beanFactory.getBeanNamesForType(type, true, false).length == 0) {
				registry.registerBeanDefinition(beanName(model, registry), definition(model, type));
			}
		}
	}

	private List<String> packages() {
		List<String> configured = Binder.get(this.environment)
			.bind("ormdantic.packages", Bindable.listOf(String.class))
			.orElse(List.of());
		if (!configured.isEmpty() || !AutoConfigurationPackages.has(this.beanFactory)) {
			return configured;
		}
		return AutoConfigurationPackages.get(this.beanFactory);
	}

	/**
	 * A {@code TableOperations<M>} made by {@link #tableOperations} from the template bean, declared as a
	 * reference: the template's engine owns the schema step its operations await, so nothing else is looked up.
	 */
	private static RootBeanDefinition definition(Class<?> model, ResolvableType type) {
		RootBeanDefinition definition = new RootBeanDefinition(TableOperationsRegistrar.class);
		definition.setFactoryMethodName("tableOperations");
		definition.getConstructorArgumentValues()
			.addIndexedArgumentValue(0, new RuntimeBeanReference(OrmdanticTemplate.class));
		definition.getConstructorArgumentValues().addIndexedArgumentValue(1, model);
		definition.setTargetType(type);
		return definition;
	}

	/**
	 * The operations of one model, as the bean definitions above declare them.
	 *
	 * @param template the application's template
	 * @param model    the model class
	 * @return the template's operations on {@code model}
	 */
	public static TableOperations<?> tableOperations(OrmdanticTemplate template, Class<?> model) {
		return template.table(model);
	}

	private static String beanName(Class<?> model, BeanDefinitionRegistry registry) {
		String name = StringUtils.uncapitalize(model.getSimpleName()) + "TableOperations";
		// Two models may share a simple name in different packages.
		return registry.containsBeanDefinition(name) ? model.getName() + "TableOperations" : name;
	}

}
