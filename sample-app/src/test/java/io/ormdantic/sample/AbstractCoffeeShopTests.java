package io.ormdantic.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coffee shop over HTTP, as a client meets it, on one database per subclass. The tables are dropped and
 * created once per application context, so each test works on rows it names itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ormdantic.schema=drop-create", "spring.main.banner-mode=off" })
@AutoConfigureWebTestClient
@Timeout(120)
abstract class AbstractCoffeeShopTests {

	@Autowired
	WebTestClient client;

	@Test
	void createdFlavorIsReadBackFromItsLocation() {
		String location = this.client.post()
			.uri("/flavors")
			.bodyValue(Map.of("name", "vanilla"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.id").isNotEmpty()
			.jsonPath("$.name").isEqualTo("vanilla")
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		ok(this.client.get().uri(location)).jsonPath("$.name").isEqualTo("vanilla");
	}

	@Test
	void coffeeLoadsItsFlavorOnlyWithDepth() {
		String flavorId = createFlavor("hazelnut");
		String coffeeId = createCoffee("sugar", 2, flavorId);
		ok(this.client.get().uri("/coffees/{id}", coffeeId))
			.jsonPath("$.flavor.id").isEqualTo(flavorId)
			.jsonPath("$.flavor.name").isEmpty();
		ok(this.client.get().uri("/coffees/{id}?depth=1", coffeeId))
			.jsonPath("$.sweetenerCount").isEqualTo(2)
			.jsonPath("$.flavor.name").isEqualTo("hazelnut");
	}

	@Test
	void listFiltersOrdersAndPages() {
		String sweetener = "honey-" + UUID.randomUUID();
		String flavorId = createFlavor("caramel");
		for (int count = 1; count <= 3; count++) {
			createCoffee(sweetener, count, flavorId);
		}
		ok(this.client.get()
			.uri("/coffees?sweetener={s}&orderBy=sweetenerCount&order=desc&limit=2&offset=0&depth=1", sweetener))
			.jsonPath("$.limit").isEqualTo(2)
			.jsonPath("$.offset").isEqualTo(0)
			.jsonPath("$.data[*].sweetenerCount").isEqualTo(List.of(3, 2))
			.jsonPath("$.data[0].flavor.name").isEqualTo("caramel");
		ok(this.client.get()
			.uri("/coffees?sweetener={s}&orderBy=sweetenerCount&order=DESC&limit=2&offset=2", sweetener))
			.jsonPath("$.data[*].sweetenerCount").isEqualTo(List.of(1));
		ok(this.client.get()
			.uri("/coffees?sweetener={s}&sweetenerCount=2&sweetenerCount=3&orderBy=sweetenerCount", sweetener))
			.jsonPath("$.data[*].sweetenerCount").isEqualTo(List.of(2, 3));
	}

	@Test
	void countUsesTheConditions() {
		String sweetener = "stevia-" + UUID.randomUUID();
		String flavorId = createFlavor("mint");
		createCoffee(sweetener, 1, flavorId);
		createCoffee(sweetener, 1, flavorId);
		ok(this.client.get().uri("/coffees/count?sweetener={s}", sweetener)).jsonPath("$.count").isEqualTo(2);
		ok(this.client.get().uri("/coffees/count?flavor={id}&sweetenerCount=1", flavorId))
			.jsonPath("$.count").isEqualTo(2);
		ok(this.client.get().uri("/coffees/count?flavor={id}&sweetenerCount=5", flavorId))
			.jsonPath("$.count").isEqualTo(0);
	}

	@Test
	void updateReplacesTheRowAndAnswers404ForAnUnknownOne() {
		String id = createFlavor("mocha");
		ok(this.client.put().uri("/flavors/{id}", id).bodyValue(Map.of("name", "dark mocha")))
			.jsonPath("$.id").isEqualTo(id)
			.jsonPath("$.name").isEqualTo("dark mocha");
		ok(this.client.get().uri("/flavors/{id}", id)).jsonPath("$.name").isEqualTo("dark mocha");
		UUID unknown = UUID.randomUUID();
		expectProblem(this.client.put().uri("/flavors/{id}", unknown).bodyValue(Map.of("name", "x")).exchange(),
				HttpStatus.NOT_FOUND);
		expectProblem(this.client.put().uri("/flavors/{id}", id)
			.bodyValue(Map.of("id", UUID.randomUUID().toString(), "name", "x"))
			.exchange(), HttpStatus.BAD_REQUEST);
	}

	@Test
	void upsertInsertsThenReplaces() {
		UUID id = UUID.randomUUID();
		ok(this.client.put().uri("/flavors/{id}?upsert=true", id).bodyValue(Map.of("name", "cinnamon")))
			.jsonPath("$.name").isEqualTo("cinnamon");
		ok(this.client.put().uri("/flavors/{id}?upsert=true", id).bodyValue(Map.of("name", "cinnamon roll")))
			.jsonPath("$.name").isEqualTo("cinnamon roll");
		ok(this.client.get().uri("/flavors/{id}", id)).jsonPath("$.name").isEqualTo("cinnamon roll");
		ok(this.client.get().uri("/flavors/count?id={id}", id)).jsonPath("$.count").isEqualTo(1);
	}

	@Test
	void deleteRemovesTheRowOnce() {
		String id = createFlavor("pumpkin");
		this.client.delete().uri("/flavors/{id}", id).exchange().expectStatus().isNoContent();
		expectProblem(this.client.delete().uri("/flavors/{id}", id).exchange(), HttpStatus.NOT_FOUND);
		expectProblem(this.client.get().uri("/flavors/{id}", id).exchange(), HttpStatus.NOT_FOUND)
			.jsonPath("$.detail").isEqualTo("No flavor with id " + id);
	}

	@Test
	void invalidBodyAnswers400WithFieldMessages() {
		expectProblem(this.client.post().uri("/flavors").bodyValue(Map.of("name", "x".repeat(64))).exchange(),
				HttpStatus.BAD_REQUEST)
			.jsonPath("$.errors[0].field").isEqualTo("name")
			.jsonPath("$.errors[0].message").value((String message) -> assertThat(message).contains("63"));
		expectProblem(this.client.post().uri("/coffees").bodyValue(Map.of("sweetener", "y".repeat(64))).exchange(),
				HttpStatus.BAD_REQUEST)
			.jsonPath("$.errors[0].field").isEqualTo("sweetener");
		String truncated = "{\"name\":";
		expectProblem(this.client.post().uri("/flavors").contentType(MediaType.APPLICATION_JSON).bodyValue(truncated)
			.exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.post().uri("/coffees").bodyValue(Map.of("sweetenerCount", "many")).exchange(),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void duplicateKeyAnswers409() {
		Map<String, String> flavor = Map.of("id", UUID.randomUUID().toString(), "name", "irish cream");
		this.client.post().uri("/flavors").bodyValue(flavor).exchange().expectStatus().isCreated();
		expectProblem(this.client.post().uri("/flavors").bodyValue(flavor).exchange(), HttpStatus.CONFLICT);
	}

	@Test
	void coffeeOfAMissingFlavorAnswers409() {
		Map<String, Object> coffee = Map.of("sweetener", "sugar", "flavor", Map.of("id", UUID.randomUUID().toString()));
		expectProblem(this.client.post().uri("/coffees").bodyValue(coffee).exchange(), HttpStatus.CONFLICT);
	}

	@Test
	void badQueriesAnswer400() {
		expectProblem(this.client.get().uri("/flavors?strength=5").exchange(), HttpStatus.BAD_REQUEST)
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("strength"));
		expectProblem(this.client.get().uri("/flavors?limit=-1").exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.get().uri("/flavors?limit=ten").exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.get().uri("/flavors?order=sideways").exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.get().uri("/flavors?orderBy=strength").exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.get().uri("/coffees?sweetenerCount=lots").exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.get().uri("/coffees/count?flavor=not-a-uuid").exchange(), HttpStatus.BAD_REQUEST);
		expectProblem(this.client.get().uri("/flavors/not-a-uuid").exchange(), HttpStatus.BAD_REQUEST);
		String chai = createFlavor("chai");
		expectProblem(this.client.get().uri("/flavors/{id}?depth=-1", chai).exchange(), HttpStatus.BAD_REQUEST);
	}

	@Test
	void flavorAnswersItsVersionAsAStrongETag() {
		String location = this.client.post().uri("/flavors").bodyValue(Map.of("name", "toffee", "version", 7))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody().jsonPath("$.version").isEqualTo(1)
			.returnResult().getResponseHeaders().getLocation().toString();
		okWithVersion(this.client.get().uri(location).exchange(), 1).jsonPath("$.name").isEqualTo("toffee");
		this.client.get().uri(location).ifNoneMatch("\"1\"").exchange()
			.expectStatus().isNotModified()
			.expectBody().isEmpty();
		// Coffees carry no version, hence no ETag.
		ok(this.client.get().uri("/coffees/{id}", createCoffee("sugar", 1, createFlavor("plain"))))
			.consumeWith((result) -> assertThat(result.getResponseHeaders().getETag()).isNull());
	}

	@Test
	void putWithTheCurrentIfMatchUpdatesAndAnswersTheNewETag() {
		String id = createFlavor("lavender");
		okWithVersion(putFlavor(id, "lavender honey", "\"1\""), 2).jsonPath("$.name").isEqualTo("lavender honey");
		// The version in the body is ignored: If-Match decides.
		okWithVersion(this.client.put().uri("/flavors/{id}", id).header(HttpHeaders.IF_MATCH, "\"2\"")
			.bodyValue(Map.of("name", "lavender cream", "version", 1))
			.exchange(), 3);
		okWithVersion(this.client.get().uri("/flavors/{id}", id).exchange(), 3)
			.jsonPath("$.name").isEqualTo("lavender cream");
	}

	@Test
	void putWithAStaleIfMatchAnswers409AndLeavesTheRowAlone() {
		String id = createFlavor("maple");
		okWithVersion(putFlavor(id, "first writer", "\"1\""), 2);
		expectProblem(putFlavor(id, "second writer", "\"1\""), HttpStatus.CONFLICT)
			.jsonPath("$.title").isEqualTo("Conflict")
			.jsonPath("$.detail").value((String detail) -> assertThat(detail)
				.contains("flavor was changed by someone else", "Read it again", "retry")
				.doesNotContain(id, "version 1"));
		okWithVersion(this.client.get().uri("/flavors/{id}", id).exchange(), 2)
			.jsonPath("$.name").isEqualTo("first writer");
	}

	@Test
	void putWithoutIfMatchUpdatesWhateverVersionIsStored() {
		String id = createFlavor("saffron");
		okWithVersion(putFlavor(id, "saffron rose", null), 2);
		okWithVersion(putFlavor(id, "saffron milk", "*"), 3);
		expectProblem(putFlavor(UUID.randomUUID().toString(), "x", "*"), HttpStatus.NOT_FOUND);
		expectProblem(putFlavor(UUID.randomUUID().toString(), "x", "\"1\""), HttpStatus.NOT_FOUND);
	}

	@Test
	void racingPutsWithoutIfMatchEitherWinOrAnswer409() throws Exception {
		String id = createFlavor("espresso");
		List<Callable<HttpStatusCode>> writers = IntStream.range(0, 16)
			.<Callable<HttpStatusCode>>mapToObj((n) -> () -> putFlavor(id, "espresso " + n, null)
				.expectBody(String.class).returnResult().getStatus())
			.toList();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		List<HttpStatusCode> statuses = new ArrayList<>();
		try {
			for (Future<HttpStatusCode> status : executor.invokeAll(writers)) {
				statuses.add(status.get());
			}
		}
		finally {
			executor.shutdownNow();
		}
		// A write that lost the race between reading the version and updating under it is a 409, never a 500.
		assertThat(statuses).allMatch((status) -> status.value() == 200 || status.value() == 409);
		long won = statuses.stream().filter((status) -> status.value() == 200).count();
		assertThat(won).isPositive();
		okWithVersion(this.client.get().uri("/flavors/{id}", id).exchange(), 1 + (int) won);
	}

	@Test
	void malformedIfMatchAnswers400() {
		String id = createFlavor("ginger");
		for (String ifMatch : List.of("1", "W/\"1\"", "\"1\", \"2\"", "\"one\"", "\"01\"", "\"1", "")) {
			expectProblem(putFlavor(id, "ginger snap", ifMatch), HttpStatus.BAD_REQUEST)
				.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("If-Match"));
		}
		expectProblem(this.client.delete().uri("/flavors/{id}", id).header(HttpHeaders.IF_MATCH, "1").exchange(),
				HttpStatus.BAD_REQUEST);
		okWithVersion(this.client.get().uri("/flavors/{id}", id).exchange(), 1).jsonPath("$.name").isEqualTo("ginger");
		// Coffees carry no version, so no ETag can match one.
		String coffee = createCoffee("sugar", 1, id);
		expectProblem(this.client.put().uri("/coffees/{id}", coffee).header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(Map.of("sweetener", "honey", "flavor", Map.of("id", id)))
			.exchange(), HttpStatus.BAD_REQUEST);
	}

	@Test
	void upsertStartsAtVersion1AndHonoursIfMatch() {
		UUID id = UUID.randomUUID();
		okWithVersion(upsertFlavor(id, "cardamom", null), 1);
		okWithVersion(upsertFlavor(id, "cardamom bun", null), 2);
		okWithVersion(upsertFlavor(id, "cardamom latte", "\"2\""), 3);
		expectProblem(upsertFlavor(id, "stale", "\"2\""), HttpStatus.CONFLICT);
		// If-Match names a version of a stored row: with it, an upsert only updates.
		expectProblem(upsertFlavor(UUID.randomUUID(), "nowhere", "\"1\""), HttpStatus.NOT_FOUND);
		okWithVersion(this.client.get().uri("/flavors/{id}", id).exchange(), 3)
			.jsonPath("$.name").isEqualTo("cardamom latte");
	}

	@Test
	void deleteHonoursIfMatch() {
		String id = createFlavor("licorice");
		okWithVersion(putFlavor(id, "black licorice", null), 2);
		expectProblem(this.client.delete().uri("/flavors/{id}", id).header(HttpHeaders.IF_MATCH, "\"1\"").exchange(),
				HttpStatus.CONFLICT);
		okWithVersion(this.client.get().uri("/flavors/{id}", id).exchange(), 2)
			.jsonPath("$.name").isEqualTo("black licorice");
		this.client.delete().uri("/flavors/{id}", id).header(HttpHeaders.IF_MATCH, "\"2\"").exchange()
			.expectStatus().isNoContent();
		expectProblem(this.client.delete().uri("/flavors/{id}", id).header(HttpHeaders.IF_MATCH, "\"2\"").exchange(),
				HttpStatus.NOT_FOUND);
	}

	/** A {@code PUT} of a flavor named {@code name}, with this {@code If-Match} unless null. */
	private WebTestClient.ResponseSpec putFlavor(String id, String name, String ifMatch) {
		WebTestClient.RequestBodySpec put = this.client.put().uri("/flavors/{id}", id);
		return ((ifMatch != null) ? put.header(HttpHeaders.IF_MATCH, ifMatch) : put).bodyValue(Map.of("name", name))
			.exchange();
	}

	/** A {@code PUT ?upsert=true} of a flavor named {@code name}, with this {@code If-Match} unless null. */
	private WebTestClient.ResponseSpec upsertFlavor(UUID id, String name, String ifMatch) {
		WebTestClient.RequestBodySpec put = this.client.put().uri("/flavors/{id}?upsert=true", id);
		return ((ifMatch != null) ? put.header(HttpHeaders.IF_MATCH, ifMatch) : put).bodyValue(Map.of("name", name))
			.exchange();
	}

	private String createFlavor(String name) {
		return this.client.post().uri("/flavors").bodyValue(Map.of("name", name)).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

	private String createCoffee(String sweetener, int sweetenerCount, String flavorId) {
		Map<String, Object> coffee = Map.of("sweetener", sweetener, "sweetenerCount", sweetenerCount, "flavor",
				Map.of("id", flavorId));
		return this.client.post().uri("/coffees").bodyValue(coffee).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

	/** Expects a {@code 200} with a JSON body. */
	private static WebTestClient.BodyContentSpec ok(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody();
	}

	/** Expects a {@code 200} whose strong ETag and body both hold this version. */
	private static WebTestClient.BodyContentSpec okWithVersion(WebTestClient.ResponseSpec response, int version) {
		return response.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + version + "\"")
			.expectBody()
			.jsonPath("$.version").isEqualTo(version);
	}

	/** Expects a problem detail with this status, and nothing of the server's insides in it. */
	private static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status) {
		return response.expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(status.value())
			.jsonPath("$.trace").doesNotExist()
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).doesNotContain("Exception", "SQL"));
	}

}
