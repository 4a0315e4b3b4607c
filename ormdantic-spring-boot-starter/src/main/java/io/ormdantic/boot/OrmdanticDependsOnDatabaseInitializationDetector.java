package io.ormdantic.boot;

import java.util.Set;

import io.ormdantic.TableOperations;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the {@code TableOperations<M>} beans wait for database initialization (migrations, the Ormdantic schema
 * and {@code spring.sql.init} scripts), so that a bean using them at startup meets the tables and their seed rows.
 * The engine itself cannot wait for the scripts, which wait for its schema; {@link OrmdanticDatabaseInitializerDetector}
 * orders it after the migrations.
 */
class OrmdanticDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(TableOperations.class);
	}

}
