package io.ormdantic.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.observation.Observation;
import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.Where;
import io.ormdantic.testsupport.Clusters;
import io.ormdantic.testsupport.RecordedObservations;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read replicas on a real PostgreSQL hot standby ({@code .ci/pg-standby up}; {@link Clusters#STANDBY}): an engine over
 * the primary of {@code ORMDANTIC_TEST_POSTGRES_URL} with {@code replicas(standby)} reads what the primary committed
 * from the standby once it is replayed there, reads the primary with {@code onPrimary()}, and keeps reading (from the
 * primary) while the standby is down, returning to it once a probe finds it back.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class PostgresReplicaTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Streaming replication replays a commit within milliseconds here; CI machines get slack. */
	private static final Duration REPLICATION = Duration.ofSeconds(10);

	/** A read that goes to the primary because the replica is down must not wait on the replica: well under this. */
	private static final Duration NO_HANG = Duration.ofSeconds(5);

	@Table(name = "it_cluster_replica_note", pk = "id")
	record Note(UUID id, String text) {
	}

	private final RecordedObservations observations = new RecordedObservations();

	private ConnectionPool standby;

	private Ormdantic database;

	/** Connects before the first test; before each, so that a standby that is not there skips each test by name. */
	@BeforeEach
	void connect() {
		String standbyUrl = Clusters.standbyUrl();
		if (this.database != null) {
			return;
		}
		this.standby = Connections.pooled(standbyUrl, 4);
		this.database = Ormdantic.builder(TestDatabase.POSTGRES.url())
			.models(Note.class)
			.schema(SchemaMode.DROP_CREATE)
			.replicas(this.standby)
			.observationRegistry(this.observations.registry())
			.build();
		this.database.schemaReady().block(TIMEOUT);
		// A replica without the table fails the read: wait until the standby has replayed its creation.
		assertThat(Clusters.eventually(REPLICATION, () -> standbyHasTheTable())).as("the table on the standby").isTrue();
	}

	@AfterAll
	void close() {
		if (this.database != null) {
			// The primary's database is shared with other suites: leave no table behind.
			this.database.dropAll().block(TIMEOUT);
			this.database.close();
			this.standby.dispose();
		}
	}

	@Test
	void aWriteOnThePrimaryIsReadFromTheReplicaOnceReplicated() {
		Note note = notes().insert(new Note(UUID.randomUUID(), "written on the primary")).block(TIMEOUT);
		assertThat(lastNode("insert")).isEqualTo("primary");

		assertThat(Clusters.eventually(REPLICATION, () -> note.equals(notes().findOne(note.id()).block(TIMEOUT))))
			.as("the row read from the replica within %s", REPLICATION)
			.isTrue();
		assertThat(lastNode("findOne")).isEqualTo("replica");
		assertThat(notes().count(byId(note)).block(TIMEOUT)).isEqualTo(1);
		assertThat(lastNode("count")).isEqualTo("replica");
	}

	@Test
	void whileTheReplicaLagsItsReadsAreStaleAndOnPrimaryReadsTheWriteAtOnce() {
		// Replay paused on the standby: it receives the primary's WAL but applies none, as a replica far behind.
		standbySql("SELECT pg_wal_replay_pause()");
		try {
			Note note = notes().insert(new Note(UUID.randomUUID(), "not replayed yet")).block(TIMEOUT);

			assertThat(notes().findOne(note.id()).block(TIMEOUT)).as("the lagging replica's answer").isNull();
			assertThat(lastNode("findOne")).isEqualTo("replica");
			assertThat(notes().findMany(byId(note).onPrimary()).block(TIMEOUT).data()).containsExactly(note);
			assertThat(lastNode("findMany")).isEqualTo("primary");
			assertThat(notes().count(byId(note).onPrimary()).block(TIMEOUT)).isEqualTo(1);
			assertThat(lastNode("count")).isEqualTo("primary");

			standbySql("SELECT pg_wal_replay_resume()");
			assertThat(Clusters.eventually(REPLICATION, () -> note.equals(notes().findOne(note.id()).block(TIMEOUT))))
				.as("the row on the replica once replay resumed")
				.isTrue();
		}
		finally {
			standbySql("SELECT pg_wal_replay_resume()");
		}
	}

	@Test
	void withTheStandbyStoppedReadsGoToThePrimaryAndReturnToItOnceItIsBack() {
		Note note = notes().insert(new Note(UUID.randomUUID(), "read while the standby is down")).block(TIMEOUT);
		assertThat(Clusters.eventually(REPLICATION, () -> note.equals(notes().findOne(note.id()).block(TIMEOUT)))).isTrue();
		try {
			Clusters.script("pg-standby", "down");
			// Each read of each kind: the first finds the replica gone and runs on the primary, the others go there at once.
			for (int round = 0; round < 3; round++) {
				assertThat(notes().findOne(note.id()).block(NO_HANG)).isEqualTo(note);
				assertThat(notes().findMany(byId(note)).block(NO_HANG).data()).containsExactly(note);
				assertThat(notes().stream(byId(note)).collectList().block(NO_HANG)).containsExactly(note);
				assertThat(notes().count(byId(note)).block(NO_HANG)).isEqualTo(1);
			}
			assertThat(List.of(lastNode("findOne"), lastNode("findMany"), lastNode("stream"), lastNode("count")))
				.containsOnly("primary");
		}
		finally {
			// The other cluster suites need the standby: a failure above must not leave it down.
			Clusters.script("pg-standby", "up");
		}
		assertThat(Clusters.eventually(REPLICATION, () -> note.equals(notes().findOne(note.id()).block(NO_HANG))
				&& "replica".equals(lastNode("findOne"))))
			.as("reads back on the replica within %s (probed every 2 s)", REPLICATION)
			.isTrue();
	}

	private TableOperations<Note> notes() {
		return this.database.table(Note.class);
	}

	private static Query byId(Note note) {
		return Query.where(Where.eq("id", note.id()));
	}

	/** The node that served the last observed operation of this name. */
	private String lastNode(String operation) {
		List<Observation.Context> contexts = this.observations.operations(operation);
		assertThat(contexts).as("observations of %s", operation).isNotEmpty();
		return RecordedObservations.value(contexts.get(contexts.size() - 1).getLowCardinalityKeyValue("ormdantic.node"));
	}

	private boolean standbyHasTheTable() {
		return Boolean.TRUE.equals(DatabaseClient.create(this.standby)
			.sql("SELECT to_regclass('it_cluster_replica_note') IS NOT NULL")
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.block(TIMEOUT));
	}

	private void standbySql(String sql) {
		DatabaseClient.create(this.standby).sql(sql).then().block(TIMEOUT);
	}
}
