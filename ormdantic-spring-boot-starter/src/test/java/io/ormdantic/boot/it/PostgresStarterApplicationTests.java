package io.ormdantic.boot.it;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** The application on PostgreSQL. */
@ConnectTo(TestDatabase.POSTGRES)
class PostgresStarterApplicationTests extends AbstractStarterApplicationTests {
}
