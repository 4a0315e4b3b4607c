package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;

/** Every integration suite on MariaDB; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbTests extends EverySuite {
}
