package io.ormdantic;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Ormdantic#operationsAwait(Mono)}: the gate the starter puts before every operation until the schema is up.
 * The gate is the engine's own logic, the same on every database, so an in-memory H2 database serves.
 */
class OperationsAwaitTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A note. */
	@Table(name = "await_note", pk = "id")
	record Note(UUID id, String text) {
	}

	private Ormdantic database;

	private TableOperations<Note> notes;

	@BeforeEach
	void connect() {
		this.database = Ormdantic.connect("r2dbc:h2:mem:///await-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.database.register(Note.class);
		this.database.init().block(TIMEOUT);
		this.notes = this.database.table(Note.class);
	}

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void anOperationWaitsForThePrerequisiteBeforeItRuns() {
		Sinks.Empty<Void> schema = Sinks.empty();
		this.database.operationsAwait(schema.asMono());

		StepVerifier.create(this.notes.insert(new Note(null, "waited")))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(200))
			.then(schema::tryEmitEmpty)
			.assertNext(note -> assertThat(note.text()).isEqualTo("waited"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.notes.count().block(TIMEOUT)).isEqualTo(1);
	}

	@Test
	void aFailedPrerequisiteFailsEveryOperationAndNothingIsWritten() {
		this.database.operationsAwait(Mono.error(new IllegalStateException("schema failed")));

		StepVerifier.create(this.notes.insert(new Note(null, "lost"))).expectErrorMessage("schema failed").verify(TIMEOUT);
		StepVerifier.create(this.notes.stream(Query.all())).expectErrorMessage("schema failed").verify(TIMEOUT);

		this.database.operationsAwait(Mono.empty());
		assertThat(this.notes.count().block(TIMEOUT)).isZero();
	}

	@Test
	void thePrerequisiteInForceAtSubscriptionApplies() {
		Flux<Note> assembledWithoutGate = this.notes.stream(Query.all());
		Mono<Long> assembledUnderGate;

		this.database.operationsAwait(Mono.error(new IllegalStateException("not yet")));
		assembledUnderGate = this.notes.count();
		StepVerifier.create(assembledWithoutGate).expectErrorMessage("not yet").verify(TIMEOUT);

		this.database.operationsAwait(Mono.empty());
		StepVerifier.create(assembledUnderGate).expectNext(0L).expectComplete().verify(TIMEOUT);
	}
}
