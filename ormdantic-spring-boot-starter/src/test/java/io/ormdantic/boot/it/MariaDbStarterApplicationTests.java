package io.ormdantic.boot.it;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** The application on MariaDB (or MySQL). */
@ConnectTo(TestDatabase.MARIADB)
class MariaDbStarterApplicationTests extends AbstractStarterApplicationTests {
}
