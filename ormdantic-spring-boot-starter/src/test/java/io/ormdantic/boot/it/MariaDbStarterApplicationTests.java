package io.ormdantic.boot.it;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on MariaDB (or MySQL). */
class MariaDbStarterApplicationTests extends AbstractStarterApplicationTests {

	/** Skips (or, with CI=true, fails) the class up front when the database is unavailable. */
	@BeforeAll
	static void available() {
		TestDatabase.MARIADB.url();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		connectTo(TestDatabase.MARIADB, registry);
	}

}
