package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ormdantic.Query;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.r2dbc.pool.ConnectionPool;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelled operations never poison a pooled connection: after each cancellation, at random points of reads and
 * writes, the next operation on the same small pool answers within seconds, and no connection stays acquired.
 */
abstract class CancellationSuite extends IntegrationSuite {

	/** Rows enough that a stream is still flowing when it is cancelled. */
	private static final int ROWS = 5_000;

	private static final Duration PROMPT = Duration.ofSeconds(10);

	/** An item. */
	@Table(name = "it_cancel_item", pk = "id")
	record Item(UUID id, int n, String text) {
	}

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Item.class };
	}

	@Test
	void cancelledReadsAndWritesLeaveEveryConnectionUsable() {
		TableOperations<Item> items = table(Item.class);
		List<Item> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Item(null, i, "item " + i));
		}
		List<Item> stored = blockList(items.insertAll(rows));
		for (int round = 0; round < 60; round++) {
			Disposable cancelled = switch (round % 6) {
				case 0 -> items.stream(Query.all()).subscribe();
				case 1 -> items.findMany(Query.all()).subscribe();
				case 2 -> items.stream(Query.all().orderBy("n")).take(3).subscribe();
				case 3 -> items.count().subscribe();
				case 4 -> items.findOne(stored.get(0).id()).subscribe();
				default -> items.insert(new Item(null, -round, "cancelled write")).subscribe();
			};
			if (round % 2 == 0) {
				// at once, and after the rows began to flow
				Mono.delay(Duration.ofMillis(round % 5)).block();
			}
			cancelled.dispose();
			assertThat(items.count(Query.where(io.ormdantic.Where.ge("n", 0))).block(PROMPT))
				.as("round %d", round).isEqualTo(ROWS);
		}
		assertThat(blockList(items.stream(Query.all().limit(10)))).hasSize(10);
		// A cancelled query gives its connection back once the driver has read the rest of its result: soon, not at once.
		ConnectionPool pool = (ConnectionPool) this.database.connectionFactory();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (pool.getMetrics().orElseThrow().acquiredSize() > 0 && System.nanoTime() < deadline) {
			Mono.delay(Duration.ofMillis(50)).block();
		}
		assertThat(pool.getMetrics().orElseThrow().acquiredSize()).isZero();
	}
}
