package io.ormdantic.test.slice;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** The slice on PostgreSQL, named by {@code ormdantic.connection}. */
@ConnectTo(TestDatabase.POSTGRES)
class PostgresOrmdanticSliceTests extends AbstractOrmdanticSliceTests {
}
