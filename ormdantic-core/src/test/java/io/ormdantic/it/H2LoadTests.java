package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;

/** The load and fault suites on H2; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.H2)
class H2LoadTests extends EveryLoadSuite {
}
