package io.ormdantic.sample;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The coffee shop on MariaDB, as with {@code ORMDANTIC_CONNECTION} set. */
class MariaDbCoffeeShopTests extends AbstractCoffeeShopTests {

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
