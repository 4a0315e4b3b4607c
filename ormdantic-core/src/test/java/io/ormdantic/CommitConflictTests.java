package io.ormdantic;

import java.time.Duration;
import java.util.List;

import io.micrometer.observation.Observation;
import io.ormdantic.testsupport.RecordedObservations;
import io.ormdantic.testsupport.StatementCounter;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ormdantic's own transaction refused at commit, as a Galera cluster refuses the one that lost a certification conflict
 * (MariaDB's deadlock error, SQLSTATE 40001, on COMMIT): nothing was emitted yet, so it is retried, and the caller sees
 * only the rows of the transaction that committed.
 */
class CommitConflictTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** An entry whose key the database generates: an insertAll of two is two statements, in a transaction of its own. */
	@Table(name = "commit_conflict_entry", pk = "id")
	record Entry(Long id, String text) {
	}

	@Test
	void anInsertAllRefusedAtCommitIsRetriedAndItsRowsComeOnlyFromTheCommittedAttempt() {
		StatementCounter server = new StatementCounter(ConnectionFactories.get(TestDatabase.H2.url()));
		RecordedObservations observations = new RecordedObservations();
		try (Ormdantic database = Ormdantic.builder(server)
			.models(Entry.class)
			.schema(SchemaMode.CREATE)
			.retry(3, Duration.ofMillis(1))
			.observationRegistry(observations.registry())
			.build()) {
			database.schemaReady().block(TIMEOUT);
			server.reset();
			server.refuseCommits(1, new R2dbcTransientResourceException("Deadlock found when trying to get lock", "40001", 1213));

			List<Entry> stored = database.table(Entry.class)
				.insertAll(List.of(new Entry(null, "first"), new Entry(null, "second")))
				.collectList()
				.block(TIMEOUT);

			assertThat(stored).extracting(Entry::text).containsExactly("first", "second");
			assertThat(database.table(Entry.class).findMany().block(TIMEOUT).data()).containsExactlyInAnyOrderElementsOf(stored);
			assertThat(server.transactions()).as("the refused transaction and its retry").isEqualTo(2);
			Observation.Context insertAll = observations.operations("insertAll").get(0);
			assertThat(RecordedObservations.value(insertAll.getHighCardinalityKeyValue("ormdantic.retries"))).isEqualTo("1");
		}
	}
}
