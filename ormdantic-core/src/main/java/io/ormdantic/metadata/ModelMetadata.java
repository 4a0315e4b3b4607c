package io.ormdantic.metadata;

import java.util.List;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.internal.mapping.Metadata;

/**
 * The read-only view of one {@code @Table} model: table name, key, fields with their columns and roles, indexes and
 * unique constraints. Reached through {@code OrmdanticTemplate.metadata(Class)}, or without a database through
 * {@link #of(Class)}, which applies the same table rules as {@code register}.
 *
 * <pre>{@code
 * ModelMetadata<Coffee> coffee = ModelMetadata.of(Coffee.class);
 * coffee.table();                          // "coffee"
 * coffee.field("sweetenerCount").column(); // "sweetener_count"
 * coffee.path("flavor.name").length();     // 63
 * }</pre>
 *
 * @param <T> the model type
 */
public interface ModelMetadata<T> extends TypeMetadata<T> {

	/**
	 * The view of a {@code @Table} model, checked as {@code register} checks it. The models it reaches through
	 * relations and back references are read too, since the rules that span models need them.
	 *
	 * @throws ModelDefinitionException naming the model, field and rule when the model or a model it reaches is invalid
	 */
	static <T> ModelMetadata<T> of(Class<T> model) {
		return Metadata.model(model);
	}

	/** The table name. */
	String table();

	/** The primary key field (always the first field). */
	FieldMetadata key();

	/** Non-unique indexes, the ones Ormdantic adds on relation columns included. */
	List<IndexMetadata> indexes();

	/** Unique constraints, single-column ({@code @Table(unique)}) and composite ({@code @Unique}). */
	List<IndexMetadata> uniqueConstraints();

	/**
	 * The metadata of the model a relation or back reference field leads to.
	 *
	 * @throws InvalidQueryException when {@code field} is not a relation or back reference of this model
	 */
	ModelMetadata<?> related(String field);

	/**
	 * The field a query path names: a field of this model ({@code "name"}), or a dotted path through relations
	 * ({@code "flavor.name"}), as {@code Query.where} and {@code orderBy} accept them.
	 *
	 * @throws InvalidQueryException naming the model and the path when a segment is empty, unknown, or a segment
	 *                               before the last is not a relation
	 */
	FieldMetadata path(String path);
}
