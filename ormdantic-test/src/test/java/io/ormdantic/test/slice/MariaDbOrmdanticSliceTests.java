package io.ormdantic.test.slice;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** The slice on MariaDB, named by {@code ormdantic.connection}. */
@ConnectTo(TestDatabase.MARIADB)
class MariaDbOrmdanticSliceTests extends AbstractOrmdanticSliceTests {
}
