package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.ormdantic.Query;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.load.Pools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's reproduction, as a new user wrote it: on a pool of {@code Ormdantic.connect}, a read of 10,000 rows is
 * cancelled, then the table is counted with a 5-second limit, round after round. Before the drain of cancelled
 * results (PostgreSQL) the count hung from about the third round on: the cancelled query had left its connection
 * idle in the pool, but unusable.
 */
abstract class CancellationReproductionSuite extends IntegrationSuite {

	private static final int ROWS = 10_000;

	/** The limit on each count. */
	private static final Duration PROMPT = Duration.ofSeconds(5);

	/** An item, as in the issue. */
	@Table(name = "it_repro_item", pk = "id")
	record Item(UUID id, int n) {
	}

	private TableOperations<Item> items;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Item.class };
	}

	/**
	 * Rounds of each cancellation: enough to show the bug many times over (it struck within 8 rounds), in seconds;
	 * the 10,000 take minutes, see {@code PostgresLoadTests.LongReproduction}.
	 */
	int rounds() {
		return 300;
	}

	/** Skips the suite where it should not run; it runs everywhere. */
	void assumeRuns() {
	}

	@BeforeEach
	void fill() {
		assumeRuns();
		this.items = table(Item.class);
		List<Item> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Item(null, i));
		}
		blockList(this.items.insertAll(rows));
	}

	@Test
	@Timeout(300)
	void aStreamDisposedAtOnceLeavesTheNextCountPrompt() {
		rounds("stream disposed at once", items -> items.stream(Query.all()).subscribe().dispose());
	}

	@Test
	@Timeout(300)
	void aFindManyDisposedAtOnceLeavesTheNextCountPrompt() {
		rounds("findMany disposed at once", items -> items.findMany(Query.all()).subscribe().dispose());
	}

	@Test
	@Timeout(300)
	void aStreamDisposedWhileRowsFlowLeavesTheNextCountPrompt() {
		rounds("stream disposed at its first row", items -> {
			CountDownLatch flowing = new CountDownLatch(1);
			Disposable stream = items.stream(Query.all()).subscribe(row -> flowing.countDown());
			try {
				assertThat(flowing.await(PROMPT.toMillis(), TimeUnit.MILLISECONDS)).as("a first row").isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			stream.dispose();
		});
	}

	private void rounds(String cancellation, Consumer<TableOperations<Item>> cancel) {
		int rounds = rounds();
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			cancel.accept(this.items);
			Long count;
			try {
				count = this.items.count().block(PROMPT);
			}
			catch (IllegalStateException ex) {
				throw new AssertionError("round " + round + " of " + cancellation + ": the count did not answer within "
						+ PROMPT + " (" + ex.getMessage() + ")", ex);
			}
			assertThat(count).as("round %d", round).isEqualTo(ROWS);
		}
		System.out.printf("Reproduction [%s]: %d rounds of %s, then a count, in %.1f s%n", this.database.dialectName(),
				rounds, cancellation, (System.nanoTime() - start) / 1e9);
		assertThat(Pools.acquiredAfter(this.database.connectionFactory(), Duration.ofSeconds(10)))
			.as("connections still acquired").isZero();
	}
}
