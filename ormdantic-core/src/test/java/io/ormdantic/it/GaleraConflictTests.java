package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.micrometer.observation.Observation;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.Clusters;
import io.ormdantic.testsupport.RecordedObservations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes to the same rows on two Galera nodes at once ({@code .ci/galera up}): Galera lets both run and, at commit,
 * aborts the one certified second (or the local one the other's replicated write runs into), which MariaDB reports as a
 * deadlock (1213, SQLSTATE 40001). Ormdantic retries its own writes and transactions, so every one of them succeeds;
 * inside a caller's transaction the conflict is the caller's, as a transient {@code DataAccessException}.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class GaleraConflictTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** Retries enough for a hot row written from two nodes, with short waits: conflicts here come in bursts. */
	private static final int ATTEMPTS = 12;

	private static final Duration BACKOFF = Duration.ofMillis(10);

	/** A few rows that both nodes write, so that most writes meet another on the same row. */
	private static final int ACCOUNTS = 3;

	private static final int UPDATES_PER_NODE = 120;

	private static final int ENTRY_BATCHES = 40;

	private static final int CONCURRENCY = 8;

	@Table(name = "it_cluster_account", pk = "id")
	record Account(UUID id, String holder) {
	}

	/** An entry of an account: its insert references the account's row, which Galera certifies against its updates. */
	@Table(name = "it_cluster_entry", pk = "id")
	record Entry(Long id, Account account, String text) {
	}

	/** Node 1 and node 2, each through its single-host URL, with the observations of each. */
	private final List<Ormdantic> nodes = new ArrayList<>();

	private final List<RecordedObservations> observations = List.of(new RecordedObservations(), new RecordedObservations());

	/** Connects before the first test; before each, so that a cluster that is not there skips each test by name. */
	@BeforeEach
	void connect() {
		String url = Clusters.galeraUrl();
		if (!this.nodes.isEmpty()) {
			return;
		}
		List<String> nodeUrls = Clusters.nodeUrls(url);
		for (int node = 0; node < 2; node++) {
			this.nodes.add(Ormdantic.builder(nodeUrls.get(node))
				.models(Account.class, Entry.class)
				.schema((node == 0) ? SchemaMode.DROP_CREATE : SchemaMode.NONE)
				.retry(ATTEMPTS, BACKOFF)
				.poolSize(CONCURRENCY)
				.observationRegistry(this.observations.get(node).registry())
				.build());
		}
		this.nodes.get(0).schemaReady().block(TIMEOUT);
	}

	@AfterAll
	void close() {
		this.nodes.forEach(Ormdantic::close);
	}

	@Test
	void concurrentWritesToTheSameRowsOnTwoNodesConflictAndOrmdanticsRetriesResolveThem() {
		List<Account> accounts = IntStream.range(0, ACCOUNTS)
			.mapToObj((i) -> new Account(UUID.randomUUID(), "opened"))
			.toList();
		this.nodes.get(0).table(Account.class).insertAll(accounts).blockLast(TIMEOUT);
		long conflictsBefore = conflicts();
		Map<String, Throwable> failures = new ConcurrentHashMap<>();

		// Node 1 updates the accounts and inserts entries of them (an own transaction of several statements: the keys
		// are generated), while node 2 updates the same accounts.
		Flux<?> node1Updates = updates(0, accounts, failures);
		Flux<?> node1Entries = Flux.range(0, ENTRY_BATCHES).flatMap((batch) -> {
			Account account = accounts.get(batch % ACCOUNTS);
			List<Entry> entries = List.of(new Entry(null, account, batch + "a"), new Entry(null, account, batch + "b"));
			return recorded("insertAll " + batch, this.nodes.get(0).table(Entry.class).insertAll(entries).then(), failures);
		}, CONCURRENCY / 2);
		Flux.merge(node1Updates, node1Entries, updates(1, accounts, failures)).blockLast(TIMEOUT.multipliedBy(2));

		long conflicts = conflicts() - conflictsBefore;
		long retried = retried(0) + retried(1);
		System.out.printf("Galera conflicts: %d (cert failures and brute-force aborts on nodes 1 and 2), operations "
				+ "retried: %d, failed: %d%n", conflicts, retried, failures.size());
		assertThat(failures).as("operations that failed").isEmpty();
		assertThat(conflicts).as("certification conflicts the servers counted").isPositive();
		assertThat(retried).as("operations Ormdantic retried after a conflict (ormdantic.retries)").isPositive();
		assertThat(this.nodes.get(1).table(Entry.class).count().block(TIMEOUT)).isEqualTo(2L * ENTRY_BATCHES);
		for (Account account : accounts) {
			Account onNode1 = this.nodes.get(0).table(Account.class).findOne(account.id()).block(TIMEOUT);
			assertThat(Clusters.eventually(Duration.ofSeconds(10),
					() -> onNode1.equals(this.nodes.get(1).table(Account.class).findOne(account.id()).block(TIMEOUT))))
				.as("both nodes agree on %s", account.id())
				.isTrue();
		}
	}

	@Test
	void insideTheCallersTransactionAConflictFailsWithATransientDataAccessExceptionAndIsNotRetried() {
		RecordedObservations recorded = new RecordedObservations();
		try (Ormdantic node1 = Ormdantic.builder(Clusters.nodeUrls(Clusters.galeraUrl()).get(0))
			.models(Account.class, Entry.class)
			.retry(ATTEMPTS, BACKOFF)
			.observationRegistry(recorded.registry())
			.build()) {
			TableOperations<Account> onNode1 = node1.table(Account.class);
			TableOperations<Account> onNode2 = this.nodes.get(1).table(Account.class);
			Account account = onNode1.insert(new Account(UUID.randomUUID(), "opened")).block(TIMEOUT);
			assertThat(Clusters.eventually(Duration.ofSeconds(10), () -> onNode2.findOne(account.id()).block(TIMEOUT) != null))
				.isTrue();
			Sinks.Empty<Void> node2Wrote = Sinks.empty();
			TransactionalOperator transaction = TransactionalOperator
				.create(new R2dbcTransactionManager(node1.connectionFactory()));

			// The caller's transaction holds the row on node 1 while node 2 commits a write of it: node 2's write set,
			// applied on node 1, aborts the caller's transaction, whose next statement (or commit) then fails.
			Mono<Account> callers = transaction.transactional(onNode1.update(new Account(account.id(), "caller"))
				.then(Mono.fromRunnable(() -> onNode2.update(new Account(account.id(), "node 2"))
					.subscribe((written) -> node2Wrote.tryEmitEmpty(), node2Wrote::tryEmitError)))
				.then(node2Wrote.asMono())
				.then(onNode1.update(new Account(account.id(), "caller again"))));

			assertThatThrownBy(() -> callers.block(TIMEOUT)).isInstanceOf(TransientDataAccessException.class);
			assertThat(recorded.operations("update")).allSatisfy((update) -> assertThat(
					update.getHighCardinalityKeyValue("ormdantic.retries")).as("retries inside the caller's transaction").isNull());
			assertThat(Clusters.eventually(Duration.ofSeconds(10),
					() -> "node 2".equals(onNode1.findOne(account.id()).block(TIMEOUT).holder())))
				.as("node 2's write stands, the caller's was rolled back")
				.isTrue();
		}
	}

	/** Updates of the accounts in turn from one node, each to a value naming the node and the update. */
	private Flux<?> updates(int node, List<Account> accounts, Map<String, Throwable> failures) {
		TableOperations<Account> table = this.nodes.get(node).table(Account.class);
		return Flux.range(0, UPDATES_PER_NODE).flatMap((i) -> {
			Account account = accounts.get(i % ACCOUNTS);
			return recorded("update " + node + "/" + i, table.update(new Account(account.id(), "node " + (node + 1) + " #" + i)),
					failures);
		}, CONCURRENCY);
	}

	/** The operation, with its failure recorded under its name instead of ending the load. */
	private static Mono<?> recorded(String name, Mono<?> operation, Map<String, Throwable> failures) {
		return operation.onErrorResume((failure) -> {
			failures.put(name, failure);
			return Mono.empty();
		});
	}

	/** How many operations of one node's engine were retried (their observation carries ormdantic.retries). */
	private long retried(int node) {
		RecordedObservations recorded = this.observations.get(node);
		return List.of("update", "insertAll").stream()
			.flatMap((operation) -> recorded.operations(operation).stream())
			.map((Observation.Context context) -> context.getHighCardinalityKeyValue("ormdantic.retries"))
			.filter((retries) -> retries != null)
			.count();
	}

	/** Conflicts nodes 1 and 2 counted so far: local certification failures and brute-force aborts. */
	private long conflicts() {
		long total = 0;
		for (Ormdantic node : this.nodes) {
			total += DatabaseClient.create(node.connectionFactory())
				.sql("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts')")
				.map((row) -> Long.parseLong(row.get(1, String.class)))
				.all()
				.reduce(0L, Long::sum)
				.block(TIMEOUT);
		}
		return total;
	}
}
