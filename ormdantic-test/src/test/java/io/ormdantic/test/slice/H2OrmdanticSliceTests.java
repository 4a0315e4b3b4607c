package io.ormdantic.test.slice;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The slice without any connection setting: an embedded H2 database. */
class H2OrmdanticSliceTests extends AbstractOrmdanticSliceTests {

	@Test
	void runsOnAnEmbeddedH2Database(@Autowired ConnectionFactory connectionFactory) {
		assertThat(connectionFactory.getMetadata().getName()).isEqualTo("H2");
		assertThat(this.context.getBeanNamesForType(R2dbcConnectionDetails.class)).isEmpty();
	}

}
