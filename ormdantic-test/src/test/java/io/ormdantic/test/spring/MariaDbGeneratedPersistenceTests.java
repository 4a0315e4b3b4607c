package io.ormdantic.test.spring;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** Persisted generated models in MariaDB (or MySQL). */
@ConnectTo(TestDatabase.MARIADB)
class MariaDbGeneratedPersistenceTests extends AbstractGeneratedPersistenceTests {
}
