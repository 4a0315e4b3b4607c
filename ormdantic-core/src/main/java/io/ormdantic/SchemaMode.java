package io.ormdantic;

/**
 * What an engine does to the schema of its models once, before its first operation
 * ({@code Ormdantic.builder(...).schema(mode)}; {@code ormdantic.schema} under Spring Boot).
 */
public enum SchemaMode {

	/** Create the missing tables and indexes; existing tables and rows are kept. */
	CREATE,

	/** Drop the tables of the registered models, then create them: every start begins empty. */
	DROP_CREATE,

	/** Change nothing; fail with {@link SchemaValidationException} naming each missing table or column. */
	VALIDATE,

	/** Change and check nothing. */
	NONE
}
