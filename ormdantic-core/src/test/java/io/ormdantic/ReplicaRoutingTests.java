package io.ormdantic;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.observation.Observation;
import io.ormdantic.testsupport.RecordedObservations;
import io.r2dbc.pool.ConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import static io.ormdantic.testsupport.RecordedObservations.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where reads go with read replicas. Two H2 databases stand for a primary and a replica that has not caught up
 * (nothing replicates between them), so each read shows by its answer which one served it.
 */
class ReplicaRoutingTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A note. */
	@Table(name = "routing_note", pk = "id")
	record Note(UUID id, String text) {
	}

	private final RecordedObservations observations = new RecordedObservations();

	private ConnectionPool replicaPool;

	private Ormdantic replica;

	private Ormdantic database;

	@BeforeEach
	void open() {
		String name = UUID.randomUUID().toString();
		this.replicaPool = Connections.pooled("r2dbc:h2:mem:///replica" + name + ";DB_CLOSE_DELAY=-1", 2);
		this.replica = Ormdantic.builder(this.replicaPool).models(Note.class).schema(SchemaMode.CREATE).build();
		this.replica.schemaReady().block(TIMEOUT);
		this.replica.table(Note.class).insert(new Note(null, "only on the replica")).block(TIMEOUT);
		this.database = Ormdantic.builder("r2dbc:h2:mem:///primary" + name + ";DB_CLOSE_DELAY=-1").models(Note.class)
			.schema(SchemaMode.CREATE)
			.replicas(this.replicaPool)
			.observationRegistry(this.observations.registry())
			.build();
		this.database.schemaReady().block(TIMEOUT);
	}

	@AfterEach
	void close() {
		this.database.close();
		this.replicaPool.dispose();
	}

	@Test
	void readsGoToTheReplicaWritesAndOnPrimaryReadsToThePrimary() {
		TableOperations<Note> notes = this.database.table(Note.class);
		Note written = notes.insert(new Note(null, "on the primary")).block(TIMEOUT);
		assertThat(notes.findOne(written.id()).block(TIMEOUT)).as("not replicated yet").isNull();
		assertThat(notes.count().block(TIMEOUT)).isEqualTo(1);
		assertThat(notes.findMany(Query.all()).block(TIMEOUT).data()).extracting(Note::text).containsExactly("only on the replica");
		assertThat(notes.findMany(Query.all().onPrimary()).block(TIMEOUT).data()).containsExactly(written);
		assertThat(notes.stream(Query.all().onPrimary()).collectList().block(TIMEOUT)).containsExactly(written);
		assertThat(node("insert")).isEqualTo("primary");
		assertThat(node("findOne")).isEqualTo("replica");
		assertThat(node("count")).isEqualTo("replica");
	}

	@Test
	void readsInAReadWriteTransactionGoToThePrimaryAndInAReadOnlyOneToTheReplica() {
		TableOperations<Note> notes = this.database.table(Note.class);
		Note written = notes.insert(new Note(null, "on the primary")).block(TIMEOUT);
		R2dbcTransactionManager manager = new R2dbcTransactionManager(this.database.connectionFactory());
		TransactionalOperator readWrite = TransactionalOperator.create(manager);
		assertThat(readWrite.transactional(notes.findOne(written.id())).block(TIMEOUT)).isEqualTo(written);
		DefaultTransactionDefinition readOnly = new DefaultTransactionDefinition();
		readOnly.setReadOnly(true);
		assertThat(TransactionalOperator.create(manager, readOnly).transactional(notes.findOne(written.id())).block(TIMEOUT))
			.isNull();
	}

	@Test
	void withTheReplicaGoneReadsGoToThePrimary() {
		TableOperations<Note> notes = this.database.table(Note.class);
		notes.insert(new Note(null, "on the primary")).block(TIMEOUT);
		this.replicaPool.dispose();
		assertThat(notes.findMany(Query.all()).block(TIMEOUT).data()).extracting(Note::text).containsExactly("on the primary");
		assertThat(notes.count().block(TIMEOUT)).isEqualTo(1);
		assertThat(node("count")).isEqualTo("primary");
	}

	private String node(String operation) {
		Observation.Context context = this.observations.operations(operation).get(this.observations.operations(operation).size() - 1);
		return value(context.getLowCardinalityKeyValue("ormdantic.node"));
	}
}
