package io.ormdantic.testsupport.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.load.Trace.Outcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the {@link Step}s of a load on the table of {@link LoadItem}, as a web service's requests would: many at once,
 * some given up on midway. Each step ends in a {@link Trace}; a watchdog gives up on a step that has neither answered
 * nor failed within the hang limit, so that a hung connection shows as a count instead of a stalled run.
 */
public final class Traffic {

	/** Rows per {@code insertAll}. */
	static final int BATCH = 5;

	/** Rows per {@code findMany} page. */
	private static final int PAGE = 100;

	/** Rows per {@code stream}: enough to be cancelled while they flow, bounded however long a load runs. */
	private static final int STREAM = 2_000;

	/** The most values a {@code take(n)} lets through. */
	private static final int MOST_TAKEN = 100;

	/** The longest a stream flows before a {@link Step.Cancellation#DISPOSE} of it. */
	private static final Duration FLOWING = Duration.ofMillis(10);

	private final TableOperations<LoadItem> items;

	private final Duration hangLimit;

	private final Ledger ledger = new Ledger();

	/** Rows the load only reads. */
	private final List<LoadItem> stable;

	/** Rows each of which one writing step takes, so that no two steps write the same row. */
	private final Queue<LoadItem> targets;

	private final AtomicInteger inserted = new AtomicInteger();

	/**
	 * The mean latency of uncancelled steps that answered, in nanoseconds, where cancellations land; updated without
	 * a lock, since a lost update only moves a random point a little.
	 */
	private volatile double meanLatency = 1_000_000;

	private Traffic(TableOperations<LoadItem> items, Duration hangLimit, List<LoadItem> stable, List<LoadItem> targets) {
		this.items = items;
		this.hangLimit = hangLimit;
		this.stable = stable;
		this.targets = new ConcurrentLinkedQueue<>(targets);
		stable.forEach(this.ledger::stored);
		targets.forEach(this.ledger::stored);
	}

	/**
	 * Fills the (empty) table with {@code stable} rows that the load only reads and {@code targets} rows that its
	 * updates, upserts and deletes write, one step each; once they are used up, those steps upsert new rows instead.
	 *
	 * @param hangLimit how long a step may take before it counts as hung
	 */
	public static Traffic seed(TableOperations<LoadItem> items, int stable, int targets, Duration hangLimit) {
		List<LoadItem> read = new ArrayList<>(stable);
		for (int i = 0; i < stable; i++) {
			read.add(new LoadItem(UUID.randomUUID(), i, "stable " + i));
		}
		List<LoadItem> written = new ArrayList<>(targets);
		for (int i = 0; i < targets; i++) {
			written.add(new LoadItem(UUID.randomUUID(), -1 - i, "target " + i));
		}
		Flux.fromIterable(read).concatWith(Flux.fromIterable(written))
			.buffer(1_000)
			.concatMap(items::insertAll)
			.then()
			.block(Duration.ofMinutes(1));
		return new Traffic(items, hangLimit, read, written);
	}

	/** What the load's acknowledged writes left in the table. */
	public Ledger ledger() {
		return this.ledger;
	}

	/** Every row of the table, by key, for {@link Ledger#check}. */
	public Map<UUID, LoadItem> rows() {
		return this.items.stream(Query.all()).collectMap(LoadItem::id).block(Duration.ofMinutes(1));
	}

	/**
	 * Runs the steps, {@code concurrency} at a time, and waits for their traces: every step ends within the hang
	 * limit, so the run ends within about {@code steps / concurrency} times it at the very worst.
	 */
	public List<Trace> run(List<Step> steps, int concurrency) {
		Duration limit = this.hangLimit.multipliedBy(steps.size() / concurrency + 2L);
		return Flux.fromIterable(steps).flatMap(this::run, concurrency).collectList().block(limit);
	}

	/**
	 * Runs steps in {@code lanes} lanes, one after the other in each, until {@code stop} says so; a lane pauses for
	 * {@code pause} after a failure, as a client would before it tries again, instead of spinning while the database
	 * is away. The traces come as the steps end.
	 */
	public Flux<Trace> lanes(int lanes, Supplier<Step> steps, BooleanSupplier stop, Duration pause) {
		return Flux.range(0, lanes)
			.flatMap(lane -> Mono.defer(() -> run(steps.get()))
				.delayUntil(trace -> (trace.outcome() == Outcome.FAILED) ? Mono.delay(pause) : Mono.empty())
				.repeat(() -> !stop.getAsBoolean()), lanes);
	}

	/** Runs one step: never fails, always ends within the hang limit. */
	public Mono<Trace> run(Step step) {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			AtomicBoolean cancelled = new AtomicBoolean();
			// Started on a thread of its own, as a request of a web service is: H2 runs a statement on the thread that
			// subscribes, which would otherwise end each operation before its cancellation could land.
			Flux<?> work = work(step).subscribeOn(Schedulers.parallel()).doOnCancel(() -> cancelled.set(true));
			return cancel(work, step)
				.then(Mono.fromCallable(() -> trace(step, start, cancelled.get() ? Outcome.CANCELLED : Outcome.SUCCEEDED, null)))
				// The timeout of the step, which cancelled it first, against a failure of the operation itself.
				.onErrorResume(failure -> Mono.fromCallable(() -> (cancelled.get() && failure instanceof TimeoutException)
						? trace(step, start, Outcome.CANCELLED, null) : trace(step, start, Outcome.FAILED, failure)))
				.timeout(this.hangLimit, Mono.fromCallable(() -> trace(step, start, Outcome.HUNG, null)));
		});
	}

	private Trace trace(Step step, long start, Outcome outcome, Throwable failure) {
		Trace trace = new Trace(step, start, System.nanoTime(), outcome, failure);
		if (outcome == Outcome.SUCCEEDED && step.cancellation() == Step.Cancellation.NONE) {
			this.meanLatency += (trace.end() - trace.start() - this.meanLatency) / 20;
		}
		return trace;
	}

	/** The step's operation, which records its acknowledged writes. */
	private Flux<?> work(Step step) {
		return switch (step.kind()) {
			case INSERT -> this.items.insert(fresh(null)).doOnNext(this.ledger::stored).flux();
			case INSERT_ALL -> Flux.defer(() -> {
				List<LoadItem> rows = new ArrayList<>(BATCH);
				for (int i = 0; i < BATCH; i++) {
					rows.add(fresh(UUID.randomUUID()));
				}
				// All or nothing: acknowledged at its end.
				return this.items.insertAll(rows).doOnComplete(() -> rows.forEach(this.ledger::stored));
			});
			case FIND_ONE -> this.items.findOne(this.stable.get(index(step, this.stable.size())).id())
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("findOne found no row for a key it must find")))
				.flux();
			case FIND_MANY -> this.items.findMany(Query.all().orderBy("n").limit(PAGE)
				.offset(index(step, this.stable.size()))).flux();
			case STREAM -> this.items.stream(Query.all().limit(STREAM));
			case COUNT -> this.items.count().flux();
			case UPDATE -> target(row -> this.items.update(new LoadItem(row.id(), row.n(), "updated " + row.n()))
				.doOnNext(this.ledger::stored));
			case UPSERT -> (step.pick() < 0.5) ? upsertFresh().flux()
					: target(row -> this.items.upsert(new LoadItem(row.id(), row.n(), "upserted " + row.n()))
						.doOnNext(this.ledger::stored));
			case DELETE -> target(row -> this.items.delete(row.id())
				.flatMap(deleted -> deleted ? Mono.fromRunnable(() -> this.ledger.deleted(row.id()))
						: Mono.error(new IllegalStateException("delete found no row for a key it must find"))));
		};
	}

	/**
	 * Writes a target row no other step writes, or upserts a new row when none is left; {@code write} records what its
	 * acknowledgement left in the table.
	 */
	private Flux<?> target(Function<LoadItem, Mono<?>> write) {
		return Flux.<Object>defer(() -> {
			LoadItem row = this.targets.poll();
			if (row == null) {
				return upsertFresh().cast(Object.class);
			}
			this.ledger.writing(row.id());
			return write.apply(row).cast(Object.class);
		});
	}

	private Mono<LoadItem> upsertFresh() {
		return this.items.upsert(fresh(UUID.randomUUID())).doOnNext(this.ledger::stored);
	}

	private LoadItem fresh(UUID id) {
		int n = 1_000_000 + this.inserted.incrementAndGet();
		return new LoadItem(id, n, "inserted " + n);
	}

	/** The step's operation, given up on as the step says. */
	private Flux<?> cancel(Flux<?> work, Step step) {
		return switch (step.cancellation()) {
			case NONE -> work;
			case DISPOSE -> {
				if (step.kind() == Step.Kind.STREAM) {
					Sinks.Empty<Void> flowing = Sinks.empty();
					yield work.doOnNext(row -> flowing.tryEmitEmpty())
						.takeUntilOther(flowing.asMono().then(Mono.delay(scaled(step.point(), FLOWING.toNanos()))));
				}
				yield work.takeUntilOther(Mono.delay(withinTheMean(step)));
			}
			case TAKE -> work.take(1 + (long) (step.point() * MOST_TAKEN));
			case TIMEOUT -> work.timeout(withinTheMean(step));
		};
	}

	private Duration withinTheMean(Step step) {
		return scaled(step.point(), (long) this.meanLatency);
	}

	private static Duration scaled(double point, long nanos) {
		return Duration.ofNanos((long) (point * nanos));
	}

	private static int index(Step step, int size) {
		return Math.min(size - 1, (int) (step.pick() * size));
	}
}
