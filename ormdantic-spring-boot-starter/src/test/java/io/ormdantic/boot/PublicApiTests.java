package io.ormdantic.boot;

import io.ormdantic.testsupport.PublicApiOnly;
import org.junit.jupiter.api.Test;

/** The starter uses Ormdantic through its public API only, never through {@code io.ormdantic.internal}. */
class PublicApiTests {

	@Test
	void usesThePublicApiOnly() {
		PublicApiOnly.check("io.ormdantic.boot");
	}

}
