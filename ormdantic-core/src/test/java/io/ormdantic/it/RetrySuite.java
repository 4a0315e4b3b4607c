package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.observation.Observation;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.Where;
import io.ormdantic.testsupport.RecordedObservations;
import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transient failures on the real servers: a deadlock makes the database roll one writer back; when that writer is
 * Ormdantic's own write it is tried again and succeeds, counted in its observation; inside the caller's transaction
 * it is not retried and fails with a transient {@code DataAccessException}, the caller's to decide about.
 */
abstract class RetrySuite extends IntegrationSuite {

	/** A slot. */
	@Table(name = "it_retry_slot", pk = "id")
	record Slot(UUID id, int n) {
	}

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Slot.class };
	}

	@Test
	void aWriteTheDatabaseRolledBackInADeadlockIsRetriedAndSucceeds() {
		RecordedObservations observations = new RecordedObservations();
		Ormdantic ours = build(options -> options.observationRegistry(observations.registry()).retry(3, Duration.ofMillis(50)));
		Slot first = new Slot(UUID.randomUUID(), 1);
		Slot second = new Slot(UUID.randomUUID(), 2);
		// The other writer holds `first` and then wants `second`, which our write holds while it waits for `first`.
		CompletableFuture<List<Slot>> written = deadlock(first, second,
				() -> ours.table(Slot.class).insertAll(List.of(second, first)).collectList());
		assertThat(written.join()).containsExactly(second, first);
		assertThat(block(table(Slot.class).count(Query.where(Where.in("id", List.of(first.id(), second.id()))))))
			.isEqualTo(2);
		Observation.Context insertAll = observations.operations("insertAll").get(0);
		assertThat(RecordedObservations.value(insertAll.getHighCardinalityKeyValue("ormdantic.retries"))).as("retries of insertAll")
			.isEqualTo("1");
		assertThat(insertAll.getError()).isNull();
	}

	@Test
	void insideTheCallersTransactionADeadlockIsTheCallersToHandle() {
		Ormdantic ours = build(options -> options.retry(3, Duration.ofMillis(50)));
		TransactionalOperator transaction = TransactionalOperator.create(new R2dbcTransactionManager(ours.connectionFactory()));
		Slot first = new Slot(UUID.randomUUID(), 1);
		Slot second = new Slot(UUID.randomUUID(), 2);
		CompletableFuture<List<Slot>> written = deadlock(first, second,
				() -> transaction.transactional(ours.table(Slot.class).insertAll(List.of(second, first))).collectList());
		assertThatThrownBy(written::join).hasCauseInstanceOf(TransientDataAccessException.class);
		assertThat(block(table(Slot.class).count())).isZero();
	}

	/**
	 * Runs {@code ours} into a deadlock with another writer that holds {@code first} (and many rows more, so that
	 * MariaDB, which rolls back the lighter transaction, picks ours) and then inserts {@code second} while ours waits
	 * for {@code first}; the other writer rolls back once its insert of {@code second} went through.
	 */
	private CompletableFuture<List<Slot>> deadlock(Slot first, Slot second,
			java.util.function.Supplier<Mono<List<Slot>>> ours) {
		Ormdantic other = connectAgain();
		other.register(Slot.class);
		TableOperations<Slot> slots = other.table(Slot.class);
		List<Slot> held = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			held.add(new Slot(UUID.randomUUID(), 100 + i));
		}
		held.add(first);
		Sinks.Empty<Void> holding = Sinks.empty();
		TransactionalOperator transaction = TransactionalOperator.create(new R2dbcTransactionManager(other.connectionFactory()));
		CompletableFuture<Void> otherWriter = transaction.execute(status -> slots.insertAll(held)
				.then(Mono.fromRunnable(holding::tryEmitEmpty))
				.then(Mono.delay(Duration.ofMillis(600)))
				// Blocks on ours, which blocks on this transaction: a deadlock the database breaks.
				.then(slots.insert(second).onErrorResume(failure -> Mono.empty()))
				.then(Mono.fromRunnable(status::setRollbackOnly)))
			.subscribeOn(Schedulers.boundedElastic())
			.then()
			.toFuture();
		holding.asMono().block(TIMEOUT);
		CompletableFuture<List<Slot>> written = Mono.defer(ours).subscribeOn(Schedulers.boundedElastic()).toFuture();
		otherWriter.join();
		return written;
	}
}
