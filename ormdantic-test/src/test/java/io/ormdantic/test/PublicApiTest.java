package io.ormdantic.test;

import io.ormdantic.testsupport.PublicApiOnly;
import org.junit.jupiter.api.Test;

/**
 * The test support, its own {@code io.ormdantic.test.internal} included, uses Ormdantic through its public API only,
 * never through core's {@code io.ormdantic.internal}.
 */
class PublicApiTest {

	@Test
	void usesThePublicApiOnly() {
		PublicApiOnly.check("io.ormdantic.test");
	}

}
