package io.ormdantic.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.testsupport.Clusters;
import io.ormdantic.testsupport.RecordedObservations;
import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.aot.DisabledInAotMode;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coffee shop, unchanged, on a PostgreSQL primary with its hot standby as read replica ({@code .ci/pg-standby up}):
 * its only configuration is {@code ormdantic.connection} and {@code ormdantic.replicas}. Reads come from the replica,
 * which may lag by a moment, so a read after a write is repeated until the write has reached it; writes go to the
 * primary. Skipped without {@link Clusters#STANDBY}, as the other cluster suites are; failing in CI when the standby or
 * the primary does not answer.
 */
// Its context needs the cluster to be built, even ahead of time: .ci/run's AOT step runs after the cluster is down.
@DisabledInAotMode
@Tag("cluster")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ormdantic.schema=drop-create", "spring.main.banner-mode=off" })
@AutoConfigureWebTestClient
@Timeout(120)
class ReplicaCoffeeShopTests {

	/** Streaming replication replays a commit within milliseconds here; CI machines get slack. */
	private static final Duration REPLICATION = Duration.ofSeconds(10);

	@Autowired
	WebTestClient client;

	@Autowired
	RecordedObservations observations;

	/** Skips (or in CI fails) the class before its context starts when the standby or its primary is not there. */
	@BeforeAll
	static void standby() {
		Clusters.standbyUrl();
		TestDatabase.POSTGRES.url();
	}

	@DynamicPropertySource
	static void connection(DynamicPropertyRegistry registry) {
		registry.add("ormdantic.connection", TestDatabase.POSTGRES::url);
		// Indexed, as a URL with a host list would be split by a comma-separated list.
		registry.add("ormdantic.replicas[0]", Clusters::standbyUrl);
	}

	@Test
	void theShopReadsFromTheReplicaAndWritesToThePrimary() {
		String location = this.client.post().uri("/flavors").bodyValue(Map.of("name", "vanilla")).exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.returnResult(Void.class).getResponseHeaders().getLocation().toString();
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertEventually(location, (body) -> body.contains("\"name\":\"vanilla\""));

		// If-Match names the version, so the update needs no read: it goes straight to the primary.
		this.client.put().uri(location).header(HttpHeaders.IF_MATCH, "\"1\"").bodyValue(Map.of("name", "vanilla bean"))
			.exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
		assertEventually(location, (body) -> body.contains("\"version\":2"));
		// Without If-Match the shop reads the current version (from the replica, caught up by now) and updates under it.
		this.client.put().uri(location).bodyValue(Map.of("name", "vanilla cream"))
			.exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");

		String coffee = this.client.post().uri("/coffees")
			.bodyValue(Map.of("sweetener", "sugar", "sweetenerCount", 1, "flavor", Map.of("id", id))).exchange()
			.expectStatus().isCreated()
			.returnResult(Void.class).getResponseHeaders().getLocation().toString();
		assertEventually(coffee + "?depth=1", (body) -> body.contains("\"name\":\"vanilla cream\""));
		assertEventually("/coffees/count?flavor=" + id, (body) -> body.contains("\"count\":1"));
		assertEventually("/coffees?flavor=" + id + "&depth=1", (body) -> body.contains("vanilla cream"));
		this.client.delete().uri(coffee).exchange().expectStatus().isNoContent();
		assertEventually(coffee, (body) -> body.contains("\"status\":404"));

		assertThat(nodes("insert")).containsOnly("primary");
		assertThat(nodes("update")).containsOnly("primary");
		assertThat(nodes("delete")).containsOnly("primary");
		assertThat(nodes("findOne")).contains("replica");
		assertThat(nodes("findMany")).contains("replica");
		assertThat(nodes("count")).contains("replica");
	}

	/** GETs {@code uri} until its body satisfies {@code condition}, as a client does while the replica catches up. */
	private void assertEventually(String uri, Predicate<String> condition) {
		String[] last = new String[1];
		boolean held = Clusters.eventually(REPLICATION, () -> {
			last[0] = this.client.get().uri(uri).exchange().expectBody(String.class).returnResult().getResponseBody();
			return last[0] != null && condition.test(last[0]);
		});
		assertThat(held).as("GET %s within %s; last answer: %s", uri, REPLICATION, last[0]).isTrue();
	}

	/** The nodes that served the shop's operations of this name. */
	private List<String> nodes(String operation) {
		return this.observations.operations(operation)
			.stream()
			.map((context) -> RecordedObservations.value(context.getLowCardinalityKeyValue("ormdantic.node")))
			.toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Observed {

		@Bean
		RecordedObservations recordedObservations() {
			return new RecordedObservations();
		}

		@Bean
		ObservationRegistry observationRegistry(RecordedObservations recorded) {
			return recorded.registry();
		}

	}

}
