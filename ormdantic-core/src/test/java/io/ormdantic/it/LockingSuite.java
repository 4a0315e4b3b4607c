package io.ormdantic.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.ormdantic.CreatedAt;
import io.ormdantic.InvalidValueException;
import io.ormdantic.Ormdantic;
import io.ormdantic.RowNotFoundException;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/** Optimistic locking ({@code @Version}) and audit times ({@code @CreatedAt}, {@code @UpdatedAt}) on every database. */
abstract class LockingSuite extends IntegrationSuite {

	/** A versioned, audited account. */
	@Table(name = "it_account", pk = "id")
	record Account(UUID id, String owner, long balance, @Version Long version, @CreatedAt Instant createdAt,
			@UpdatedAt Instant updatedAt) {

		Account withBalance(long newBalance) {
			return new Account(this.id, this.owner, newBalance, this.version, this.createdAt, this.updatedAt);
		}
	}

	/** A counter with a primitive version and the other audit types. */
	@Table(name = "it_counter", pk = "id")
	record Counter(UUID id, int count, @Version int version, @CreatedAt OffsetDateTime created,
			@UpdatedAt LocalDateTime touched) {
	}

	/** Audited without a version, keyed by the database. */
	@Table(name = "it_note", pk = "id")
	record Note(Long id, String text, @CreatedAt Instant createdAt) {
	}

	private TableOperations<Account> accounts;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Account.class, Counter.class, Note.class };
	}

	@BeforeEach
	void tables() {
		this.accounts = table(Account.class);
	}

	@Test
	void insertsStoreVersionOneWhateverTheModelHolds() {
		Account stored = block(this.accounts.insert(new Account(null, "ann", 10, 42L, null, null)));
		assertThat(stored.version()).isEqualTo(1L);
		assertThat(block(this.accounts.findOne(stored.id())).version()).isEqualTo(1L);
		List<Account> many = blockList(this.accounts.insertAll(List.of(new Account(null, "bob", 1, 7L, null, null),
				new Account(null, "cy", 2, null, null, null))));
		assertThat(each(many, Account::version)).containsExactly(1L, 1L);
		assertThat(each(blockList(this.accounts.stream(io.ormdantic.Query.all().orderBy("owner"))), Account::version))
			.containsExactly(1L, 1L, 1L);
	}

	@Test
	void ofTwoCopiesTheFirstUpdateWinsAndTheSecondFails() {
		Account stored = block(this.accounts.insert(new Account(null, "ann", 10, null, null, null)));
		Account first = block(this.accounts.findOne(stored.id()));
		Account second = block(this.accounts.findOne(stored.id()));

		Account updated = block(this.accounts.update(first.withBalance(20)));
		assertThat(updated.version()).isEqualTo(2L);
		StepVerifier.create(this.accounts.update(second.withBalance(30)))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(OptimisticLockingFailureException.class)
				.hasMessageContaining("Account")
				.hasMessageContaining(stored.id().toString())
				.hasMessageContaining("version 1"))
			.verify(TIMEOUT);

		Account row = block(this.accounts.findOne(stored.id()));
		assertThat(row.balance()).isEqualTo(20);
		assertThat(row.version()).isEqualTo(2L);
		// the winner goes on from the version it got back
		assertThat(block(this.accounts.update(updated.withBalance(25))).version()).isEqualTo(3L);
	}

	@Test
	void ofTwoCopiesTheFirstUpsertWinsAndTheSecondFails() {
		Account stored = block(this.accounts.upsert(new Account(UUID.randomUUID(), "ann", 10, null, null, null)));
		assertThat(stored.version()).isEqualTo(1L);
		Account first = block(this.accounts.findOne(stored.id()));
		Account second = block(this.accounts.findOne(stored.id()));

		Account upserted = block(this.accounts.upsert(first.withBalance(20)));
		assertThat(upserted.version()).isEqualTo(2L);
		StepVerifier.create(this.accounts.upsert(second.withBalance(30))).verifyError(OptimisticLockingFailureException.class);
		// a model without a version never overwrites an existing row either
		StepVerifier.create(this.accounts.upsert(new Account(stored.id(), "eve", 99, null, null, null)))
			.verifyError(OptimisticLockingFailureException.class);

		Account row = block(this.accounts.findOne(stored.id()));
		assertThat(row.balance()).isEqualTo(20);
		assertThat(row.owner()).isEqualTo("ann");
		assertThat(row.version()).isEqualTo(2L);
		// an absent row is inserted with version 1, whatever version the model holds
		Account fresh = block(this.accounts.upsert(new Account(UUID.randomUUID(), "dan", 5, 9L, null, null)));
		assertThat(fresh.version()).isEqualTo(1L);
		assertThat(block(this.accounts.findOne(fresh.id())).version()).isEqualTo(1L);
	}

	@Test
	void ofTwoCopiesTheFirstDeleteWinsAndAStaleOneFails() {
		Account stored = block(this.accounts.insert(new Account(null, "ann", 10, null, null, null)));
		Account stale = block(this.accounts.findOne(stored.id()));
		Account current = block(this.accounts.update(stale.withBalance(11)));

		StepVerifier.create(this.accounts.delete(stale)).verifyError(OptimisticLockingFailureException.class);
		assertThat(block(this.accounts.count())).isEqualTo(1);
		assertThat(block(this.accounts.delete(current))).isTrue();
		assertThat(block(this.accounts.delete(current))).isFalse();

		Account other = block(this.accounts.insert(new Account(null, "bob", 1, null, null, null)));
		block(this.accounts.update(other.withBalance(2)));
		// a key deletes unconditionally
		assertThat(block(this.accounts.delete(other.id()))).isTrue();
		assertThat(block(this.accounts.count())).isZero();
	}

	@Test
	void aMissingRowIsNotFoundAndAModelWithoutVersionIsRefused() {
		StepVerifier.create(this.accounts.update(new Account(UUID.randomUUID(), "nobody", 0, 1L, null, null)))
			.verifyError(RowNotFoundException.class);
		Account stored = block(this.accounts.insert(new Account(null, "ann", 10, null, null, null)));
		StepVerifier.create(this.accounts.update(new Account(stored.id(), "ann", 12, null, null, null)))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(InvalidValueException.class)
				.hasMessageContaining("version")
				.isInstanceOf(DataAccessException.class))
			.verify(TIMEOUT);
		assertThat(block(this.accounts.findOne(stored.id())).balance()).isEqualTo(10);
	}

	@Test
	void fiftyConcurrentIncrementsRetryingOnConflictsLoseNoUpdate() {
		TableOperations<Counter> counters = table(Counter.class);
		Counter counter = block(counters.insert(new Counter(UUID.randomUUID(), 0, 0, null, null)));
		Mono<Counter> increment = Mono.defer(() -> counters.findOne(counter.id())
			.flatMap(read -> counters.update(new Counter(read.id(), read.count() + 1, read.version(), read.created(),
					read.touched()))))
			.retryWhen(Retry.max(10_000).filter(OptimisticLockingFailureException.class::isInstance));

		Flux.range(0, 50).flatMap(i -> increment, 50).blockLast(Duration.ofMinutes(2));

		Counter row = block(counters.findOne(counter.id()));
		assertThat(row.count()).isEqualTo(50);
		assertThat(row.version()).isEqualTo(51);
	}

	@Test
	void auditTimesComeFromTheClockAndCreatedAtIsNeverOverwritten() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05.123456789Z"));
		Ormdantic database = build(options -> options.clock(clock));
		TableOperations<Account> accounts = database.table(Account.class);
		Instant created = Instant.parse("2026-01-02T03:04:05.123456Z");

		Account stored = block(accounts.insert(new Account(null, "ann", 10, null, Instant.EPOCH, Instant.EPOCH)));
		assertThat(stored.createdAt()).isEqualTo(created);
		assertThat(stored.updatedAt()).isEqualTo(created);

		clock.set(Instant.parse("2026-02-03T04:05:06.5Z"));
		Account updated = block(accounts.update(new Account(stored.id(), "ann", 11, stored.version(),
				Instant.parse("1999-01-01T00:00:00Z"), Instant.EPOCH)));
		assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06.5Z"));
		Account row = block(accounts.findOne(stored.id()));
		assertThat(row.createdAt()).isEqualTo(created);
		assertThat(row.updatedAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06.5Z"));

		clock.set(Instant.parse("2026-03-04T05:06:07Z"));
		Account upserted = block(accounts.upsert(new Account(stored.id(), "ann", 12, row.version(), Instant.EPOCH, null)));
		assertThat(upserted.updatedAt()).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
		row = block(accounts.findOne(stored.id()));
		assertThat(row.createdAt()).isEqualTo(created);
		assertThat(row.updatedAt()).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
		assertThat(row.balance()).isEqualTo(12);
	}

	@Test
	void offsetAndLocalAuditTimesAndAnUnversionedCreatedAtKeepTheirValue() {
		MutableClock clock = new MutableClock(Instant.parse("2026-05-06T07:08:09.000001Z"));
		Ormdantic database = build(options -> options.clock(clock));
		Counter counter = block(database.table(Counter.class).insert(new Counter(UUID.randomUUID(), 1, 0, null, null)));
		assertThat(counter.created()).isEqualTo(OffsetDateTime.parse("2026-05-06T07:08:09.000001Z"));
		assertThat(counter.touched()).isEqualTo(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
		assertThat(block(database.table(Counter.class).findOne(counter.id()))).isEqualTo(counter);

		TableOperations<Note> notes = database.table(Note.class);
		Note note = block(notes.insert(new Note(null, "first", null)));
		assertThat(note.createdAt()).isEqualTo(Instant.parse("2026-05-06T07:08:09.000001Z"));
		clock.set(Instant.parse("2026-06-07T00:00:00Z"));
		block(notes.update(new Note(note.id(), "second", Instant.EPOCH)));
		block(notes.upsert(new Note(note.id(), "third", Instant.EPOCH)));
		Note row = block(notes.findOne(note.id()));
		assertThat(row.text()).isEqualTo("third");
		assertThat(row.createdAt()).isEqualTo(note.createdAt());
	}

	/** A clock the test moves. */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.ofHours(2);
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}
	}
}
