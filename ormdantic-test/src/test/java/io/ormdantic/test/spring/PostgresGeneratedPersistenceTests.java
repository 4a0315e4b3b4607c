package io.ormdantic.test.spring;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** Persisted generated models in PostgreSQL. */
@ConnectTo(TestDatabase.POSTGRES)
class PostgresGeneratedPersistenceTests extends AbstractGeneratedPersistenceTests {
}
