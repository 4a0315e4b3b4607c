package io.ormdantic.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.Where;
import io.r2dbc.pool.ConnectionPool;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A load run of reads spread over a read replica, not a JMH benchmark: concurrent clients each run {@code findOne} by a
 * random key and {@code count} with a condition, one after the other, against a PostgreSQL primary alone (with a pool
 * of 10, and of 20 connections) and against the primary with its hot standby as replica (10 + 10 connections). The
 * three take turns in rounds, in a rotating order, so that a slow spell of a shared machine falls on each; each line
 * says the median throughput of its rounds and the latency percentiles of all its reads.
 *
 * <pre>
 * ORMDANTIC_TEST_POSTGRES_URL=r2dbc:postgresql://postgres@127.0.0.1:5432/test \
 * ORMDANTIC_TEST_POSTGRES_STANDBY_URL=r2dbc:postgresql://postgres@127.0.0.1:5433/test \
 * java -cp benchmarks/target/benchmarks.jar io.ormdantic.benchmarks.ReplicaReadLoad [clients] [seconds] [rounds]
 * </pre>
 */
public final class ReplicaReadLoad {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final int ROWS = 1_000;

	private static final int POOL = 10;

	/** A row read by key and counted by {@code n}. */
	@Table(name = "bench_replica_item", pk = "id", indexed = "n")
	public record Item(UUID id, String name, int n) {
	}

	/** What one configuration did over all its rounds. */
	private record Totals(List<Double> throughputs, List<long[]> latencies) {
	}

	private ReplicaReadLoad() {
	}

	/**
	 * Runs the load and prints one line per configuration.
	 *
	 * @param args clients (default 32), seconds per round (default 10), rounds (default 3)
	 */
	public static void main(String[] args) {
		String primaryUrl = required("ORMDANTIC_TEST_POSTGRES_URL");
		String replicaUrl = required("ORMDANTIC_TEST_POSTGRES_STANDBY_URL");
		int clients = argument(args, 0, 32);
		Duration round = Duration.ofSeconds(argument(args, 1, 10));
		int rounds = argument(args, 2, 3);
		ConnectionPool replica = Connections.pooled(replicaUrl, POOL);
		try (Ormdantic alone = engine(primaryUrl, POOL).schema(SchemaMode.DROP_CREATE).build();
				Ormdantic doubled = engine(primaryUrl, 2 * POOL).build();
				Ormdantic spread = engine(primaryUrl, POOL).replicas(replica).build()) {
			List<UUID> keys = fill(alone, spread);
			Map<String, Ormdantic> configurations = new LinkedHashMap<>();
			configurations.put("primary alone, pool 10", alone);
			configurations.put("primary alone, pool 20", doubled);
			configurations.put("primary + replica, pools 10 + 10", spread);
			Map<String, Totals> totals = new LinkedHashMap<>();
			configurations.keySet().forEach((name) -> totals.put(name, new Totals(new ArrayList<>(), new ArrayList<>())));
			configurations.values().forEach((engine) -> run(engine, keys, clients, Duration.ofSeconds(3)));
			List<String> order = new ArrayList<>(configurations.keySet());
			for (int turn = 0; turn < rounds; turn++) {
				for (int i = 0; i < order.size(); i++) {
					String name = order.get((turn + i) % order.size());
					long[] latencies = run(configurations.get(name), keys, clients, round);
					totals.get(name).throughputs().add(latencies.length / (double) round.toSeconds());
					totals.get(name).latencies().add(latencies);
				}
			}
			System.out.printf("%d clients, findOne and count in turn, %d rounds of %d s%n", clients, rounds,
					round.toSeconds());
			totals.forEach(ReplicaReadLoad::print);
			alone.dropAll().block(TIMEOUT);
		}
		finally {
			replica.dispose();
		}
	}

	private static Ormdantic.Builder engine(String url, int poolSize) {
		return Ormdantic.builder(url).models(Item.class).poolSize(poolSize);
	}

	/** Inserts the rows on the primary and waits until the replica has them; their keys. */
	private static List<UUID> fill(Ormdantic primary, Ormdantic spread) {
		List<Item> items = IntStream.range(0, ROWS).mapToObj((n) -> new Item(UUID.randomUUID(), "item " + n, n)).toList();
		primary.schemaReady().then(primary.table(Item.class).insertAll(items).then()).block(TIMEOUT);
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		// A read of the spread engine goes to the replica once it answers at all; a missing table fails the read.
		while (spread.table(Item.class).count().onErrorReturn(-1L).block(TIMEOUT) != ROWS) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the replica did not receive the rows within " + TIMEOUT);
			}
			Mono.delay(Duration.ofMillis(100)).block();
		}
		return items.stream().map(Item::id).toList();
	}

	/** Runs the clients for {@code duration}; the latency of each read, in nanoseconds. */
	private static long[] run(Ormdantic engine, List<UUID> keys, int clients, Duration duration) {
		TableOperations<Item> items = engine.table(Item.class);
		long end = System.nanoTime() + duration.toNanos();
		return Flux.range(0, clients)
			.flatMap((client) -> Mono.defer(() -> timed(read(items, keys))).repeat(() -> System.nanoTime() < end), clients)
			.collectList()
			.map((latencies) -> latencies.stream().mapToLong(Long::longValue).toArray())
			.block(duration.plus(TIMEOUT));
	}

	/** A findOne by a random key or a count of the rows below a random {@code n}, at random. */
	private static Mono<?> read(TableOperations<Item> items, List<UUID> keys) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return random.nextBoolean() ? items.findOne(keys.get(random.nextInt(keys.size())))
				: items.count(Query.where(Where.lt("n", random.nextInt(ROWS))));
	}

	private static Mono<Long> timed(Mono<?> read) {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return read.then(Mono.fromSupplier(() -> System.nanoTime() - start));
		});
	}

	private static void print(String name, Totals totals) {
		double[] throughputs = totals.throughputs().stream().mapToDouble(Double::doubleValue).sorted().toArray();
		long[] all = totals.latencies().stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("%-34s %8.0f reads/s (rounds %s)  p50 %6.2f ms  p99 %6.2f ms%n", name,
				throughputs[throughputs.length / 2], Arrays.toString(Arrays.stream(throughputs).map(Math::rint).toArray()),
				percentile(all, 0.50), percentile(all, 0.99));
	}

	private static double percentile(long[] sorted, double fraction) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(fraction * sorted.length))] / 1_000_000.0;
	}

	private static String required(String variable) {
		String value = System.getenv(variable);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(variable + " is not set (see the class's javadoc)");
		}
		return value;
	}

	private static int argument(String[] args, int index, int otherwise) {
		return (args.length > index) ? Integer.parseInt(args[index]) : otherwise;
	}
}
