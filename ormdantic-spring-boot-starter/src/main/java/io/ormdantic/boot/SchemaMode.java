package io.ormdantic.boot;

/**
 * What the starter does to the database schema of the registered models when the application starts
 * ({@code ormdantic.schema}).
 */
public enum SchemaMode {

	/** Create the missing tables and indexes; existing tables and rows are kept. */
	CREATE,

	/** Drop the tables of the registered models, then create them: every start begins empty. */
	DROP_CREATE,

	/** Change nothing; fail startup naming each missing table or column. */
	VALIDATE,

	/** Change and check nothing. */
	NONE

}
