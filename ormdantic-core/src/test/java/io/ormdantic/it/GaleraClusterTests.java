package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaDiff;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.Clusters;
import io.ormdantic.internal.connect.FailoverConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Ormdantic on a 3-node MariaDB Galera cluster ({@code .ci/galera up}; {@link Clusters#GALERA} lists the nodes):
 * an engine over the host list creates the schema on every node and updates it for a second model version, and a row
 * written on one node is read on the others.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class GaleraClusterTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Galera applies a write on the other nodes just after it commits on the first: reads there wait this long. */
	private static final Duration REPLICATION = Duration.ofSeconds(10);

	@Table(name = "it_cluster_note", pk = "id")
	record Note(UUID id, String text) {
	}

	/** A table's first model version. */
	@Table(name = "it_cluster_evolving", pk = "id")
	record Evolving(UUID id, String text) {
	}

	/** Its second version: one more field, a nullable column {@code update()} adds. */
	@Table(name = "it_cluster_evolving", pk = "id")
	record EvolvingWithCups(UUID id, String text, Integer cups) {
	}

	/** The engine over the host list. */
	private Ormdantic cluster;

	/** One engine per node, through its single-host URL, in the list's order. */
	private final List<Ormdantic> nodes = new ArrayList<>();

	/** Connects before the first test; before each, so that a cluster that is not there skips each test by name. */
	@BeforeEach
	void connect() {
		String url = Clusters.galeraUrl();
		if (this.cluster != null) {
			return;
		}
		this.cluster = Ormdantic.builder(url).models(Note.class).schema(SchemaMode.DROP_CREATE).build();
		this.cluster.schemaReady().block(TIMEOUT);
		Clusters.nodeUrls(url).forEach((node) -> this.nodes.add(Ormdantic.builder(node).models(Note.class).build()));
	}

	@AfterAll
	void close() {
		this.nodes.forEach(Ormdantic::close);
		if (this.cluster != null) {
			this.cluster.close();
		}
	}

	@Test
	void theEngineOverTheHostListFailsOverBetweenTheNodes() {
		ConnectionPool pool = (ConnectionPool) this.cluster.connectionFactory();
		assertThat(pool.unwrap()).isInstanceOf(FailoverConnectionFactory.class);
		assertThat(((FailoverConnectionFactory) pool.unwrap()).addresses()).hasSize(3);
		assertThat(this.cluster.dialectName()).containsIgnoringCase("mysql");
	}

	@Test
	void theSchemaCreatedOverTheHostListIsOnEveryNode() {
		for (int node = 0; node < this.nodes.size(); node++) {
			assertThat(this.nodes.get(node).schemaDiff().block(TIMEOUT).isEmpty()).as("schema diff on node %d", node + 1)
				.isTrue();
		}
	}

	@Test
	void updateOverTheHostListAddsAFieldOnEveryNode() {
		String url = Clusters.galeraUrl();
		try (Ormdantic first = Ormdantic.builder(url).models(Evolving.class).schema(SchemaMode.DROP_CREATE).build();
				Ormdantic second = Ormdantic.builder(url).models(EvolvingWithCups.class).build()) {
			first.schemaReady().block(TIMEOUT);
			Evolving old = first.table(Evolving.class).insert(new Evolving(UUID.randomUUID(), "before")).block(TIMEOUT);

			SchemaDiff applied = second.update().block(TIMEOUT);

			assertThat(applied.changes()).extracting(SchemaChange::kind, SchemaChange::column)
				.containsExactly(tuple(SchemaChange.Kind.ADD_COLUMN, "cups"));
			EvolvingWithCups cups = new EvolvingWithCups(UUID.randomUUID(), "after", 2);
			second.table(EvolvingWithCups.class).insert(cups).block(TIMEOUT);
			// Galera runs DDL in total order on every node before it returns, so each node has the column at once.
			for (String node : Clusters.nodeUrls(url)) {
				try (Ormdantic reader = Ormdantic.builder(node).models(EvolvingWithCups.class).build()) {
					TableOperations<EvolvingWithCups> rows = reader.table(EvolvingWithCups.class);
					assertThat(reader.schemaDiff().block(TIMEOUT).isEmpty()).as("schema diff on %s", node).isTrue();
					assertThat(rows.findOne(old.id()).block(TIMEOUT)).isEqualTo(new EvolvingWithCups(old.id(), "before", null));
					assertThat(Clusters.eventually(REPLICATION, () -> cups.equals(rows.findOne(cups.id()).block(TIMEOUT))))
						.as("the new field's value on %s", node)
						.isTrue();
				}
			}
		}
	}

	@Test
	void aRowWrittenOnTheFirstNodeIsReadOnTheOthers() {
		Note note = new Note(UUID.randomUUID(), "written on node 1");
		this.nodes.get(0).table(Note.class).insert(note).block(TIMEOUT);

		for (int node = 1; node < this.nodes.size(); node++) {
			Ormdantic reader = this.nodes.get(node);
			assertThat(Clusters.eventually(REPLICATION,
					() -> note.equals(reader.table(Note.class).findOne(note.id()).block(TIMEOUT))))
				.as("the row on node %d", node + 1)
				.isTrue();
		}
	}

	@Test
	void theEngineOverTheHostListWritesReadsAndUpdates() {
		Note note = new Note(UUID.randomUUID(), "first");
		this.cluster.table(Note.class).insert(note).block(TIMEOUT);
		Note changed = new Note(note.id(), "second");
		this.cluster.table(Note.class).update(changed).block(TIMEOUT);

		assertThat(this.cluster.table(Note.class).findOne(note.id()).block(TIMEOUT)).isEqualTo(changed);
		assertThat(Clusters.eventually(REPLICATION,
				() -> changed.equals(this.nodes.get(2).table(Note.class).findOne(note.id()).block(TIMEOUT))))
			.as("the update on the third node")
			.isTrue();
	}
}
