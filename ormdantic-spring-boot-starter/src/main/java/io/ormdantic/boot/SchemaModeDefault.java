package io.ormdantic.boot;

import java.util.ArrayList;
import java.util.List;

import io.ormdantic.SchemaMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The schema mode in effect: {@code ormdantic.schema} when it is set; otherwise {@code validate} when Flyway or
 * Liquibase migrates the database (they are on the class path and a {@code Flyway} or {@code SpringLiquibase} bean
 * exists), else {@code create}. An application that migrates its schema keeps Ormdantic from changing it, and
 * still fails at startup when a model and the migrated schema differ.
 */
final class SchemaModeDefault {

	private static final Log logger = LogFactory.getLog(SchemaModeDefault.class);

	/** Flyway's engine, the bean Boot's Flyway auto-configuration (or the application) defines. */
	static final String FLYWAY = "org.flywaydb.core.Flyway";

	/** Liquibase's Spring integration, the bean Boot's Liquibase auto-configuration (or the application) defines. */
	static final String LIQUIBASE = "liquibase.integration.spring.SpringLiquibase";

	private SchemaModeDefault() {
	}

	/** The mode {@code ormdantic.schema} sets, else the default for the migration tools of {@code beanFactory}. */
	static SchemaMode resolve(OrmdanticProperties properties, ListableBeanFactory beanFactory) {
		SchemaMode configured = properties.getSchema();
		if (configured != null) {
			return configured;
		}
		return migrationTools(beanFactory).isEmpty() ? SchemaMode.CREATE : SchemaMode.VALIDATE;
	}

	/** As {@link #resolve}, and says once at INFO when the default became {@code validate}, and why. */
	static SchemaMode resolveAndLog(OrmdanticProperties properties, ListableBeanFactory beanFactory) {
		SchemaMode mode = resolve(properties, beanFactory);
		if (properties.getSchema() == null && mode == SchemaMode.VALIDATE) {
			List<String> tools = migrationTools(beanFactory);
			logger.info("Ormdantic schema mode defaults to validate because " + String.join(" and ", tools)
					+ ((tools.size() == 1) ? " runs" : " run") + " the migrations: the schema is checked after them, "
					+ "never changed (set ormdantic.schema to choose another mode)");
		}
		return mode;
	}

	/** {@code Flyway} and/or {@code Liquibase}, for those on the class path with a bean; empty for none. */
	static List<String> migrationTools(ListableBeanFactory beanFactory) {
		List<String> tools = new ArrayList<>();
		if (hasBean(beanFactory, FLYWAY)) {
			tools.add("Flyway");
		}
		if (hasBean(beanFactory, LIQUIBASE)) {
			tools.add("Liquibase");
		}
		return tools;
	}

	private static boolean hasBean(ListableBeanFactory beanFactory, String className) {
		ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
				? configurable.getBeanClassLoader() : SchemaModeDefault.class.getClassLoader();
		if (!ClassUtils.isPresent(className, classLoader)) {
			return false;
		}
		Class<?> type = ClassUtils.resolveClassName(className, classLoader);
		// No eager initialization: this runs while beans are being created.
		return BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, type, true, false).length > 0;
	}

}
