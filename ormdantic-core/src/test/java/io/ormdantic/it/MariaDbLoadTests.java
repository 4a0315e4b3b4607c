package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;

/** The load and fault suites on MariaDB; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbLoadTests extends EveryServerLoadSuite {
}
