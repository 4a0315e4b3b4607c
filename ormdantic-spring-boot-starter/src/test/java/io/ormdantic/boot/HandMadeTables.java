package io.ormdantic.boot;

import java.util.List;

import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Tables written by hand in each database's own SQL, as a person or an older version of the application left them,
 * so that schema evolution is tested against a catalog Ormdantic did not create.
 */
final class HandMadeTables {

	private final TestDatabase database;

	private final String url;

	HandMadeTables(TestDatabase database, String url) {
		this.database = database;
		this.url = url;
	}

	/** An identifier quoted as the database quotes it (the tests' names are lower case). */
	String q(String identifier) {
		return (this.database == TestDatabase.MARIADB) ? "`" + identifier + "`" : "\"" + identifier + "\"";
	}

	/** The column type of a {@code UUID} field. */
	String uuid() {
		return (this.database == TestDatabase.MARIADB) ? "CHAR(36)" : "UUID";
	}

	/** The column type of an {@code Integer} field. */
	String integer() {
		return (this.database == TestDatabase.MARIADB) ? "INT" : "INTEGER";
	}

	/** Drops the tables when they exist, children first. */
	void drop(String... tables) {
		for (String table : tables) {
			execute("DROP TABLE IF EXISTS " + q(table) + ((this.database == TestDatabase.POSTGRES) ? " CASCADE" : ""));
		}
	}

	/** Runs each statement, in order. */
	void execute(String... statements) {
		DatabaseClient client = DatabaseClient.create(ConnectionFactories.get(this.url));
		Flux.fromIterable(List.of(statements))
			.concatMap((statement) -> client.sql(statement).then())
			.blockLast(StarterContexts.TIMEOUT);
	}

}
