package io.ormdantic;

import java.util.Collection;

import io.ormdantic.metadata.ModelMetadata;
import reactor.core.publisher.Mono;

/** Entry point to the registered tables: schema management and one {@link TableOperations} per model. */
public interface OrmdanticTemplate {

	/**
	 * Operations on the table of a registered model ({@code database[Flavor]} in Python).
	 *
	 * @throws ModelDefinitionException if the class is not registered
	 */
	<T> TableOperations<T> table(Class<T> model);

	/**
	 * The read-only metadata of a registered model: table, key, fields with their columns and roles, indexes.
	 *
	 * @throws ModelDefinitionException if the class is not registered
	 */
	<T> ModelMetadata<T> metadata(Class<T> model);

	/**
	 * Creates the missing tables, indexes, unique constraints and foreign keys, and records the registered tables in
	 * Ormdantic's own table {@code ormdantic_tables}, so that a diff can later report one no model declares any
	 * more; idempotent.
	 */
	Mono<Void> init();

	/**
	 * Drops the registered tables that exist, even when they reference each other, and deletes their rows from
	 * {@code ormdantic_tables}.
	 */
	Mono<Void> dropAll();

	/** The registered model classes, in registration order. */
	Collection<Class<?>> models();
}
