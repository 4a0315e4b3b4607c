package io.ormdantic;

/**
 * What an engine does to the schema of its models once, before its first operation
 * ({@code Ormdantic.builder(...).schema(mode)}; {@code ormdantic.schema} under Spring Boot).
 */
public enum SchemaMode {

	/** Create the missing tables and indexes; existing tables and rows are kept. */
	CREATE,

	/**
	 * Apply the safe changes of {@code schemaDiff()} (missing tables, columns, indexes, constraints, foreign keys,
	 * wider columns, dropped NOT NULLs, NOT NULLs over columns without nulls), logging each, and each {@code MANUAL}
	 * change left at WARN with its SQL.
	 */
	UPDATE,

	/** Drop the tables of the registered models, then create them: every start begins empty. */
	DROP_CREATE,

	/**
	 * Change nothing; fail with {@link SchemaValidationException} listing each difference with its SQL (types,
	 * lengths, nullability, indexes, unique constraints and foreign keys included).
	 */
	VALIDATE,

	/** Change and check nothing. */
	NONE
}
