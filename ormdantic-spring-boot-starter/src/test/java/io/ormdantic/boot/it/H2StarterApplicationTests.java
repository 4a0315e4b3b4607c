package io.ormdantic.boot.it;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The application with no connection configured at all: Boot's embedded H2 database. */
class H2StarterApplicationTests extends AbstractStarterApplicationTests {

	@Test
	void runsOnTheEmbeddedDatabase(@Autowired ApplicationContext context,
			@Autowired ConnectionFactory connectionFactory) {
		assertThat(context.containsBean("connectionFactory")).isTrue();
		assertThat(context.getBeanNamesForType(R2dbcConnectionDetails.class)).isEmpty();
		assertThat(connectionFactory).isInstanceOf(ConnectionPool.class);
		assertThat(connectionFactory.getMetadata().getName()).isEqualTo("H2");
	}

}
