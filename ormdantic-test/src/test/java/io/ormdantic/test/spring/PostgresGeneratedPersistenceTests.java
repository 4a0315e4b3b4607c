package io.ormdantic.test.spring;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Persisted generated models in PostgreSQL. */
class PostgresGeneratedPersistenceTests extends AbstractGeneratedPersistenceTests {

	/** Skips (or, with CI=true, fails) the class up front when the database is unavailable. */
	@BeforeAll
	static void available() {
		TestDatabase.POSTGRES.url();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		connectTo(TestDatabase.POSTGRES, registry);
	}
}
