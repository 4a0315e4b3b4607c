package io.ormdantic.sample;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.sample.model.Flavor;
import io.ormdantic.testsupport.Clusters;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.r2dbc.OptionsCapableConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.aot.DisabledInAotMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coffee shop, unchanged, on a 3-node MariaDB Galera cluster ({@code .ci/galera up}): its only configuration is
 * {@code ormdantic.connection} set to the URL listing the nodes. Skipped without {@link Clusters#GALERA}, as the other
 * cluster suites are; failing in CI when the cluster does not answer.
 */
// Its context needs the cluster to be built, even ahead of time: .ci/run's AOT step runs after the cluster is down.
@DisabledInAotMode
@Tag("cluster")
class GaleraCoffeeShopTests extends AbstractCoffeeShopTests {

	/** Skips (or in CI fails) the class before its context starts when the cluster is not there. */
	@BeforeAll
	static void cluster() {
		Clusters.galeraUrl();
	}

	@DynamicPropertySource
	static void connection(DynamicPropertyRegistry registry) {
		registry.add("ormdantic.connection", Clusters::galeraUrl);
	}

	@Test
	void connectsThroughTheHostListAndItsWritesReachEveryNode(@Autowired ConnectionFactory connectionFactory) {
		assertThat(Connections.listsSeveralHosts(OptionsCapableConnectionFactory.unwrapFrom(connectionFactory).getOptions()))
			.isTrue();
		String id = this.client.post().uri("/flavors").bodyValue(Map.of("name", "galera")).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
		for (String node : Clusters.nodeUrls(Clusters.galeraUrl())) {
			try (Ormdantic reader = Ormdantic.builder(node).models(Flavor.class).build()) {
				assertThat(Clusters.eventually(Duration.ofSeconds(10), () -> reader.table(Flavor.class)
					.findOne(UUID.fromString(id))
					.blockOptional(Duration.ofSeconds(30))
					.isPresent())).as("the flavor on %s", node).isTrue();
			}
		}
	}

}
