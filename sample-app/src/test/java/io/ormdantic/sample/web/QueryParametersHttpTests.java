package io.ormdantic.sample.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field paths of query parameters over HTTP on the embedded database, with the same configuration as
 * {@code H2CoffeeShopTests}, so that both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ormdantic.schema=drop-create", "spring.main.banner-mode=off" })
@AutoConfigureWebTestClient
@Timeout(120)
class QueryParametersHttpTests {

	@Autowired
	WebTestClient client;

	@Test
	void pathWithAnEmptySegmentAnswers400NamingIt() {
		expect400NamingField("/coffees?.name=x", ".name");
		expect400NamingField("/coffees/count?flavor..name=x", "flavor..name");
	}

	@Test
	void unknownFieldBehindARelationAnswers400NamingIt() {
		expect400NamingField("/coffees?flavor.strength=5", "flavor.strength");
	}

	private void expect400NamingField(String uri, String field) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains(field).doesNotContain("Exception", "SQL"));
	}

}
