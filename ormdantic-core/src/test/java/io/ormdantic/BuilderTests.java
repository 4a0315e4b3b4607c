package io.ormdantic;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Ormdantic.Builder}: options fixed at construction, and the schema step that every operation awaits. The
 * step's gating is the engine's own logic, the same on every database, so in-memory H2 databases serve.
 */
class BuilderTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A note. */
	@Table(name = "builder_note", pk = "id")
	record Note(UUID id, String text, Map<String, Detail> details) {

		static Note of(String text) {
			return new Note(null, text, Map.of());
		}
	}

	/** A JSON value. */
	record Detail(String someName) {
	}

	/** Not a valid model: a list of models that is no back reference. */
	@Table(name = "builder_broken", pk = "id")
	record Broken(UUID id, List<Note> notes) {
	}

	private static String url() {
		return "r2dbc:h2:mem:///builder-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	@Test
	void anOperationBeforeAnythingElseRunsTheSchemaStepFirst() {
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).schema(SchemaMode.CREATE).build()) {
			StepVerifier.create(database.table(Note.class).insert(Note.of("first"))).expectNextCount(1).verifyComplete();
			assertThat(database.table(Note.class).count().block(TIMEOUT)).isEqualTo(1);
		}
	}

	@Test
	void theStepRunsOnceSoADropCreateNeverDropsRowsAnEarlyOperationWrote() {
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).schema(SchemaMode.DROP_CREATE).build()) {
			TableOperations<Note> notes = database.table(Note.class);
			Flux.range(0, 8).flatMap(i -> notes.insert(Note.of("early " + i))).blockLast(TIMEOUT);
			database.schemaReady().block(TIMEOUT);
			assertThat(notes.count().block(TIMEOUT)).isEqualTo(8);
		}
	}

	@Test
	void aFailedStepFailsEveryOperationAndNothingIsWritten() {
		String url = url();
		try (Ormdantic database = Ormdantic.builder(url).models(Note.class).schema(SchemaMode.VALIDATE).build()) {
			TableOperations<Note> notes = database.table(Note.class);
			StepVerifier.create(notes.insert(Note.of("lost")))
				.expectErrorSatisfies(ex -> assertThat(ex).isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("builder_note"))
				.verify(TIMEOUT);
			StepVerifier.create(notes.stream(Query.all())).expectError(SchemaValidationException.class).verify(TIMEOUT);
			StepVerifier.create(database.schemaReady()).expectError(SchemaValidationException.class).verify(TIMEOUT);
		}
		try (Ormdantic unchecked = Ormdantic.builder(url).models(Note.class).build()) {
			// nothing was written, not even the table
			assertThat(unchecked.schemaDiff().block(TIMEOUT).changes()).extracting(SchemaChange::kind)
				.containsExactly(SchemaChange.Kind.CREATE_TABLE);
		}
	}

	@Test
	void anOperationAssembledBeforeTheStepAwaitsItWhenSubscribed() {
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).schema(SchemaMode.CREATE).build()) {
			Mono<Long> assembledBefore = database.table(Note.class).count();
			database.schemaReady().block(TIMEOUT);
			StepVerifier.create(assembledBefore).expectNext(0L).verifyComplete();
			StepVerifier.create(database.table(Note.class).count()).expectNext(0L).verifyComplete();
		}
	}

	@Test
	void withoutASchemaModeOperationsDoNotWaitAndNothingIsCreated() {
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).build()) {
			StepVerifier.create(database.schemaReady()).verifyComplete();
			StepVerifier.create(database.table(Note.class).count())
				.expectError(org.springframework.dao.DataAccessException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void jsonColumnsGoThroughTheGivenMapper() {
		JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).jsonMapper(snakeCase)
			.schema(SchemaMode.CREATE)
			.build()) {
			Note stored = database.table(Note.class)
				.insert(new Note(null, "json", Map.of("a", new Detail("x"))))
				.block(TIMEOUT);
			String raw = Mono.from(database.connectionFactory().create())
				.flatMapMany(connection -> Flux.from(connection
					.createStatement("SELECT CAST(\"details\" AS VARCHAR) FROM \"builder_note\"")
					.execute()).flatMap(result -> result.map((row, meta) -> row.get(0, String.class)))
					.concatWith(Mono.from(connection.close()).then(Mono.empty())))
				.blockLast(TIMEOUT);
			assertThat(raw).contains("some_name").doesNotContain("someName");
			assertThat(database.table(Note.class).findOne(stored.id()).block(TIMEOUT).details())
				.containsEntry("a", new Detail("x"));
		}
	}

	@Test
	void poolSizeBelongsToTheUrlForm() {
		ConnectionFactory factory = ConnectionFactories.get(url());
		assertThatThrownBy(() -> Ormdantic.builder(factory).poolSize(5)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("builder(url)");
		assertThatThrownBy(() -> Ormdantic.builder(url()).poolSize(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anOperationThatGetsNoConnectionFailsWithinTheAcquireTimeout() {
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).schema(SchemaMode.CREATE).poolSize(1)
			.acquireTimeout(Duration.ofMillis(300))
			.build()) {
			givesUpWhileItsOnlyConnectionIsHeld(database, database.connectionFactory());
		}
	}

	/** With the pool's one connection held elsewhere, an operation fails within seconds, and answers once it is back. */
	private static void givesUpWhileItsOnlyConnectionIsHeld(Ormdantic database, ConnectionFactory pool) {
		database.schemaReady().block(TIMEOUT);
		io.r2dbc.spi.Connection held = Mono.from(pool.create()).block(TIMEOUT);
		long start = System.nanoTime();
		StepVerifier.create(database.table(Note.class).count())
			.expectError(org.springframework.dao.DataAccessResourceFailureException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		Mono.from(held.close()).block(TIMEOUT);
		StepVerifier.create(database.table(Note.class).count()).expectNext(0L).verifyComplete();
	}

	@Test
	void onACallersPoolTheAcquireTimeoutCapsTheWaitForAConnection() {
		// The caller's pool would wait its own 10 s (per attempt); the engine gives up after its acquire timeout.
		io.r2dbc.pool.ConnectionPool pool = Connections.pooled(url(), 1);
		try (Ormdantic database = Ormdantic.builder(pool).models(Note.class).schema(SchemaMode.CREATE)
			.acquireTimeout(Duration.ofMillis(300))
			.build()) {
			givesUpWhileItsOnlyConnectionIsHeld(database, pool);
		}
		finally {
			pool.dispose();
		}
	}

	@Test
	void anInvalidModelFailsTheBuildNamingModelAndField() {
		assertThatThrownBy(() -> Ormdantic.builder(url()).models(Broken.class).build())
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("Broken")
			.hasMessageContaining("notes");
	}

	@Test
	void metadataOfARegisteredModelIsTheMappingsView() {
		try (Ormdantic database = Ormdantic.builder(url()).models(Note.class).build()) {
			assertThat(database.metadata(Note.class).table()).isEqualTo("builder_note");
			assertThat(database.metadata(Note.class).field("details").json()).isTrue();
			assertThatThrownBy(() -> database.metadata(Detail.class)).isInstanceOf(ModelDefinitionException.class)
				.hasMessageContaining("not registered");
		}
	}
}
