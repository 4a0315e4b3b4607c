package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;

/** Every integration suite on PostgreSQL; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.POSTGRES)
class PostgresTests extends EverySuite {
}
