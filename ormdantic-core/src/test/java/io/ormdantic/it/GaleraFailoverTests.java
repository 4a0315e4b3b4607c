package io.ormdantic.it;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.Clusters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Galera node killed under load ({@code .ci/galera kill 1}): the engine over the host list moves on to the next
 * node without hanging, for writes (single inserts and insertAll transactions) and reads alike, every write it
 * acknowledged is on the surviving nodes, and on the killed node once {@code .ci/galera start 1} has brought it back.
 */
@Tag("cluster")
@Timeout(300)
class GaleraFailoverTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Writers that insert at the same time, as requests of a service would: even ones one row, odd ones two at once. */
	private static final int WRITERS = 4;

	/** Readers that read acknowledged rows meanwhile. */
	private static final int READERS = 2;

	/** Acknowledged writes before the kill, and after it: enough to show that writes go on elsewhere. */
	private static final int WRITES_BEFORE = 40;

	private static final int WRITES_AFTER = 100;

	@Table(name = "it_cluster_write", pk = "id")
	record Write(UUID id, int writer) {
	}

	/** What the writers saw: the ids of acknowledged writes, failed writes, and writes that did not end in time. */
	private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicInteger hung = new AtomicInteger();

	/** What the readers saw: reads that ended (found or not: another node may apply a write a moment later), hung ones. */
	private final AtomicInteger reads = new AtomicInteger();

	private final AtomicInteger hungReads = new AtomicInteger();

	@Test
	void aNodeKilledUnderLoadLosesNoAcknowledgedWriteAndTheEngineMovesOn() throws InterruptedException {
		String url = Clusters.galeraUrl();
		List<String> nodes = Clusters.nodeUrls(url);
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService load = Executors.newFixedThreadPool(WRITERS + READERS);
		try (Ormdantic cluster = Ormdantic.builder(url).models(Write.class).schema(SchemaMode.DROP_CREATE).build()) {
			cluster.schemaReady().block(TIMEOUT);
			for (int writer = 0; writer < WRITERS; writer++) {
				int id = writer;
				load.execute(() -> write(cluster, id, stop));
			}
			for (int reader = 0; reader < READERS; reader++) {
				load.execute(() -> read(cluster, stop));
			}
			assertThat(Clusters.eventually(TIMEOUT, () -> this.acknowledged.size() >= WRITES_BEFORE)).isTrue();

			Clusters.script("galera", "kill", "1");
			int atKill = this.acknowledged.size();
			int readsAtKill = this.reads.get();
			boolean movedOn = Clusters.eventually(Duration.ofSeconds(60),
					() -> this.acknowledged.size() >= atKill + WRITES_AFTER);
			stop.set(true);
			load.shutdown();
			assertThat(load.awaitTermination(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)).as("writers and readers ended").isTrue();
			System.out.printf("Writes acknowledged: %d before the kill, %d after; %d failed, %d hung; reads: %d after the "
					+ "kill, %d hung%n", atKill, this.acknowledged.size() - atKill, this.failed.get(), this.hung.get(),
					this.reads.get() - readsAtKill, this.hungReads.get());

			assertThat(movedOn).as("%d writes acknowledged after the kill (%d failed)",
					this.acknowledged.size() - atKill, this.failed.get())
				.isTrue();
			assertThat(this.hung.get()).as("writes that did not end within %s", TIMEOUT).isZero();
			assertThat(this.hungReads.get()).as("reads that did not end within %s", TIMEOUT).isZero();
			assertThat(this.reads.get()).as("reads after the kill").isGreaterThan(readsAtKill);
			assertThat(cluster.table(Write.class).count().block(TIMEOUT)).isGreaterThanOrEqualTo(this.acknowledged.size());
			assertEveryAcknowledgedWriteOn(nodes.get(1), "node 2");
			assertEveryAcknowledgedWriteOn(nodes.get(2), "node 3");

			Clusters.script("galera", "start", "1");
			assertEveryAcknowledgedWriteOn(nodes.get(0), "node 1 back");
		}
		finally {
			stop.set(true);
			load.shutdownNow();
			// The other cluster suites need every node: a failure above must not leave node 1 down.
			Clusters.script("galera", "start", "1");
		}
	}

	/**
	 * Inserts rows one after the other until stopped (an odd writer two at once, in one insertAll), recording each
	 * outcome; a failed write is not retried.
	 */
	private void write(Ormdantic cluster, int writer, AtomicBoolean stop) {
		TableOperations<Write> table = cluster.table(Write.class);
		while (!stop.get()) {
			List<Write> rows = IntStream.range(0, 1 + writer % 2).mapToObj((i) -> new Write(UUID.randomUUID(), writer)).toList();
			Mono<?> write = (rows.size() == 1) ? table.insert(rows.get(0)) : table.insertAll(rows).then();
			if (ended(write, this.hung)) {
				rows.forEach((row) -> this.acknowledged.add(row.id()));
			}
			else {
				// Writes in flight on the killed node fail: they were never acknowledged.
				this.failed.incrementAndGet();
			}
		}
	}

	/** Reads acknowledged rows by key, and counts them, until stopped. */
	private void read(Ormdantic cluster, AtomicBoolean stop) {
		TableOperations<Write> table = cluster.table(Write.class);
		while (!stop.get()) {
			UUID id = this.acknowledged.stream().findAny().orElse(null);
			Mono<?> read = (id == null) ? table.count() : table.findOne(id).then(table.count());
			if (ended(read, this.hungReads)) {
				this.reads.incrementAndGet();
			}
		}
	}

	/** Whether the operation ended well within {@link #TIMEOUT}; one that did not end counts in {@code hung}. */
	private static boolean ended(Mono<?> operation, AtomicInteger hung) {
		try {
			operation.block(TIMEOUT);
			return true;
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).startsWith("Timeout on blocking read")) {
				hung.incrementAndGet();
			}
			return false;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Reads the node's rows through a single-host engine until each acknowledged one is there. */
	private void assertEveryAcknowledgedWriteOn(String nodeUrl, String node) {
		try (Ormdantic reader = Ormdantic.builder(nodeUrl).models(Write.class).build()) {
			Set<UUID> missing = ConcurrentHashMap.newKeySet();
			boolean complete = Clusters.eventually(Duration.ofSeconds(10), () -> {
				Set<UUID> present = reader.table(Write.class)
					.stream(Query.all())
					.map(Write::id)
					.collect(Collectors.toSet())
					.block(TIMEOUT);
				missing.clear();
				this.acknowledged.stream().filter((id) -> !present.contains(id)).forEach(missing::add);
				return missing.isEmpty();
			});
			assertThat(complete).as("%d of %d acknowledged writes missing on %s: %s", missing.size(),
					this.acknowledged.size(), node, missing)
				.isTrue();
		}
	}
}
