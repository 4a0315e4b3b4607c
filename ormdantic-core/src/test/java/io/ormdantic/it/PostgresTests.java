package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Nested;

/** Every integration suite on PostgreSQL; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.POSTGRES)
class PostgresTests extends EverySuite {

	/**
	 * Deadlocks between writers, on the servers only: H2 reports a duplicate key at once for a key another
	 * transaction has inserted, rather than wait for it, so the deadlock these tests build never arises there.
	 */
	@Nested
	class Retries extends RetrySuite {
	}
}
