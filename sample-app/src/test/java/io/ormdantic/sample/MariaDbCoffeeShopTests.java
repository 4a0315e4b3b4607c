package io.ormdantic.sample;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** The coffee shop on MariaDB, as with {@code ORMDANTIC_CONNECTION} set. */
@ConnectTo(TestDatabase.MARIADB)
class MariaDbCoffeeShopTests extends AbstractCoffeeShopTests {
}
