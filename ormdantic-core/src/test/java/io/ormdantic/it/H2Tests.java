package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;

/** Every integration suite on H2; {@link TestDatabase} says where the database comes from. */
@OnDatabase(TestDatabase.H2)
class H2Tests extends EverySuite {
}
