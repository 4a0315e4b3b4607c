package io.ormdantic.test.slice;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice given connection details, as a {@code @ServiceConnection} container gives them: they win over
 * {@code ormdantic.connection}, which here names a database that does not exist.
 */
@Import(ConnectionDetailsSliceTests.Details.class)
@TestPropertySource(properties = "ormdantic.connection=r2dbc:postgresql://nobody@127.0.0.1:1/none")
class ConnectionDetailsSliceTests extends AbstractOrmdanticSliceTests {

	static final String DATABASE = "slice_details_" + Long.toHexString(System.nanoTime());

	@Test
	void connectionDetailsWinOverTheConnectionProperty(@Autowired ConnectionFactory connectionFactory) {
		String name = DatabaseClient.create(connectionFactory)
			.sql("SELECT DATABASE()")
			.map((row) -> row.get(0, String.class))
			.one()
			.block(TIMEOUT);
		assertThat(name).isEqualToIgnoringCase(DATABASE);
	}

	/** The details a service connection would register, and the connection property they win over. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Details {

		@Bean
		R2dbcConnectionDetails containerConnectionDetails() {
			return () -> ConnectionFactoryOptions.parse("r2dbc:h2:mem:///" + DATABASE + ";DB_CLOSE_DELAY=-1");
		}

	}

}
