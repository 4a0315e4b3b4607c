package io.ormdantic.it;

import java.time.Duration;
import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.testsupport.Clusters;
import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hot standby of the PostgreSQL primary ({@code .ci/pg-standby up}; {@link Clusters#STANDBY} names it, and
 * {@code ORMDANTIC_TEST_POSTGRES_URL} its primary): it receives what the primary commits, and refuses writes.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class PostgresStandbyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Streaming replication applies a commit on the standby within milliseconds here; CI machines get slack. */
	private static final Duration REPLICATION = Duration.ofSeconds(10);

	@Table(name = "it_cluster_standby_note", pk = "id")
	record Note(UUID id, String text) {
	}

	private Ormdantic primary;

	private Ormdantic standby;

	/** Connects before the first test; before each, so that a standby that is not there skips each test by name. */
	@BeforeEach
	void connect() {
		String standbyUrl = Clusters.standbyUrl();
		if (this.standby != null) {
			return;
		}
		this.primary = Ormdantic.builder(TestDatabase.POSTGRES.url())
			.models(Note.class)
			.schema(SchemaMode.DROP_CREATE)
			.build();
		this.primary.schemaReady().block(TIMEOUT);
		this.standby = Ormdantic.builder(standbyUrl).models(Note.class).build();
	}

	@AfterAll
	void close() {
		if (this.primary != null) {
			// The primary's database is shared with other suites: leave no table behind.
			this.primary.dropAll().block(TIMEOUT);
			this.primary.close();
		}
		if (this.standby != null) {
			this.standby.close();
		}
	}

	@Test
	void aRowWrittenOnThePrimaryIsReadOnTheStandby() {
		Note note = new Note(UUID.randomUUID(), "written on the primary");
		this.primary.table(Note.class).insert(note).block(TIMEOUT);

		assertThat(Clusters.eventually(REPLICATION,
				() -> note.equals(this.standby.table(Note.class).findOne(note.id()).block(TIMEOUT))))
			.as("the row on the standby within %s", REPLICATION)
			.isTrue();
	}

	@Test
	void theStandbyRefusesWrites() {
		// The table must have reached the standby, or the insert would fail for another reason.
		assertThat(Clusters.eventually(REPLICATION, () -> this.standby.schemaDiff().block(TIMEOUT).isEmpty())).isTrue();

		StepVerifier.create(this.standby.table(Note.class).insert(new Note(UUID.randomUUID(), "on the standby")))
			.expectErrorSatisfies((error) -> assertThat(error).hasStackTraceContaining("read-only transaction"))
			.verify(TIMEOUT);
	}
}
