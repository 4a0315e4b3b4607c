package io.ormdantic.boot;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import io.ormdantic.Ormdantic;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Makes the {@link OrmdanticSchemaInitializer} one of Boot's database initializers, ordered between the migration
 * tools and the SQL scripts: it (and the engine) waits for Flyway and Liquibase, so {@code validate} meets the
 * migrated schema, and {@code spring.sql.init} scripts wait for it, so {@code data.sql} meets the tables. Beans that
 * depend on database initialization wait for it as for any initializer.
 * <p>
 * Boot chains each detector's initializers after those of the detector before it, and its script and migration
 * detectors share one order, so no order of this detector puts it between them. It therefore runs last, after
 * every other detector has marked its beans, and when scripts but no migration tools are present it stays out of
 * the chain (which would order it after the scripts): the scripts then depend on it directly, and whatever depends
 * on the scripts waits for it through them.
 */
class OrmdanticDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	private static final String DETECTED_BY = DatabaseInitializerDetector.class.getName();

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(OrmdanticSchemaInitializer.class);
	}

	@Override
	public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
		Set<String> initializers = new LinkedHashSet<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			if (beanFactory.getBeanDefinition(name).getAttribute(DETECTED_BY) != null) {
				initializers.add(name);
			}
		}
		Set<String> scripts = scripts(beanFactory, initializers);
		boolean scriptsOnly = !scripts.isEmpty() && scripts.size() == initializers.size();
		return scriptsOnly ? Set.of() : super.detect(beanFactory);
	}

	@Override
	public void detectionComplete(ConfigurableListableBeanFactory beanFactory, Set<String> initializerNames) {
		Set<String> schema = super.detect(beanFactory);
		Set<String> others = new LinkedHashSet<>(initializerNames);
		others.removeAll(schema);
		Set<String> scripts = scripts(beanFactory, others);
		Set<String> migrations = new LinkedHashSet<>(others);
		migrations.removeAll(scripts);
		Set<String> waiting = new LinkedHashSet<>(schema);
		waiting.addAll(Arrays.asList(beanFactory.getBeanNamesForType(Ormdantic.class, true, false)));
		dependOn(beanFactory, waiting, migrations);
		if (migrations.isEmpty()) {
			dependOn(beanFactory, scripts, schema);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The initializers among {@code names} that run SQL scripts ({@code spring.sql.init}, and the like). */
	private static Set<String> scripts(ConfigurableListableBeanFactory beanFactory, Set<String> names) {
		Set<String> scripts = new LinkedHashSet<>(
				Arrays.asList(beanFactory.getBeanNamesForType(AbstractScriptDatabaseInitializer.class, true, false)));
		scripts.retainAll(names);
		return scripts;
	}

	private static void dependOn(ConfigurableListableBeanFactory beanFactory, Set<String> beans, Set<String> on) {
		for (String name : beans) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			String[] dependsOn = definition.getDependsOn();
			for (String dependency : on) {
				dependsOn = StringUtils.addStringToArray(dependsOn, dependency);
			}
			definition.setDependsOn(dependsOn);
		}
	}

}
