package io.ormdantic.sample;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The coffee shop with no configuration at all: the embedded H2 database. */
class H2CoffeeShopTests extends AbstractCoffeeShopTests {

	@Test
	void runsOnEmbeddedH2WithoutConfiguration(@Autowired ConnectionFactory connectionFactory) {
		assertThat(connectionFactory.getMetadata().getName()).isEqualTo("H2");
	}

}
