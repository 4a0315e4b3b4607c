package io.ormdantic.benchmarks;

import java.util.List;
import java.util.UUID;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.TableOperations;
import io.ormdantic.benchmarks.Models.Child;
import io.ormdantic.benchmarks.Models.Coffee;
import io.ormdantic.benchmarks.Models.Flavor;
import io.ormdantic.benchmarks.Models.Note;
import io.ormdantic.benchmarks.Models.Parent;
import io.r2dbc.pool.ConnectionPool;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * One database with the benchmark tables filled, and the three implementations over it: Ormdantic, hand-written
 * {@code DatabaseClient} code and Spring Data R2DBC, all on the same connection pool, so none of them gets more
 * connections than another. Built once per trial: the tables are dropped, created and filled with the same
 * {@link DataSet} every time.
 */
@State(Scope.Benchmark)
public class BenchState {

	/** As many connections as {@code Ormdantic.connect} opens. */
	static final int POOL_SIZE = 10;

	private static final long SEED = 20261125L;

	/** The tables of {@link Models}, for the statistics refresh after filling them. */
	private static final List<String> TABLES = List.of("bench_flavor", "bench_coffee", "bench_parent", "bench_child",
			"bench_note");

	/** Keys of inserted notes: a fixed high half, a counter as the low half, so every implementation draws alike. */
	private static final long NOTE_KEY_PREFIX = 0x6e6f746500000000L;

	/** The database: {@code h2}, {@code postgres} or {@code mariadb} (see {@link BenchDatabase}). */
	@Param("h2")
	public String db;

	DataSet data;

	Ormdantic ormdantic;

	TableOperations<Coffee> coffees;

	TableOperations<Parent> parents;

	TableOperations<Note> notes;

	Handwritten handwritten;

	SpringData springData;

	private ConnectionPool pool;

	private int nextCoffee;

	private long nextNote;

	/** Connects, recreates the tables and fills them. */
	@Setup(Level.Trial)
	public void open() {
		BenchDatabase database = BenchDatabase.of(this.db);
		this.pool = Connections.pooled(database.url(), POOL_SIZE);
		this.ormdantic = Ormdantic.create(this.pool)
			.register(Flavor.class, Coffee.class, Parent.class, Child.class, Note.class);
		this.ormdantic.dropAll().then(this.ormdantic.init()).block();
		this.coffees = this.ormdantic.table(Coffee.class);
		this.parents = this.ormdantic.table(Parent.class);
		this.notes = this.ormdantic.table(Note.class);
		this.handwritten = new Handwritten(database, this.pool);
		this.springData = new SpringData(database, this.pool);
		this.data = new DataSet(SEED);
		this.ormdantic.table(Flavor.class).insertAll(this.data.flavors)
			.thenMany(this.coffees.insertAll(this.data.coffees))
			.thenMany(this.parents.insertAll(this.data.parents))
			.thenMany(this.ormdantic.table(Child.class).insertAll(this.data.children))
			.blockLast();
		// Statistics now rather than when autovacuum gets round to them: a background ANALYZE, or a plan that changes
		// once it is done, in the middle of the measurement would be charged to whichever implementation runs then.
		DatabaseClient client = DatabaseClient.create(this.pool);
		Flux.fromIterable(TABLES).concatMap(table -> client.sql(database.analyze(table)).then()).blockLast();
	}

	/** Releases the pool; the tables stay for a look after the run and are recreated by the next trial. */
	@TearDown(Level.Trial)
	public void close() {
		this.ormdantic.close();
		this.pool.dispose();
	}

	/** The key of the next coffee to look up, going round all coffees so no single row stays hot. */
	UUID nextCoffeeKey() {
		Coffee coffee = this.data.coffees.get(this.nextCoffee);
		this.nextCoffee = (this.nextCoffee + 1) % this.data.coffees.size();
		return coffee.id();
	}

	/** A key for a note not inserted since the notes were last emptied. */
	UUID nextNoteKey() {
		return new UUID(NOTE_KEY_PREFIX, this.nextNote++);
	}

	/**
	 * Empties the notes table and restarts the key sequences, so that every implementation reads and writes the
	 * same rows after it: between the runs of {@link Comparison}'s check, and before each round of inserts.
	 */
	void restart() {
		this.handwritten.deleteNotes().block();
		this.nextCoffee = 0;
		this.nextNote = 0;
	}
}
