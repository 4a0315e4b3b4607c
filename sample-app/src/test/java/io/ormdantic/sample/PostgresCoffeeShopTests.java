package io.ormdantic.sample;

import io.ormdantic.testsupport.ConnectTo;
import io.ormdantic.testsupport.TestDatabase;

/** The coffee shop on PostgreSQL, as with {@code ORMDANTIC_CONNECTION} set. */
@ConnectTo(TestDatabase.POSTGRES)
class PostgresCoffeeShopTests extends AbstractCoffeeShopTests {
}
