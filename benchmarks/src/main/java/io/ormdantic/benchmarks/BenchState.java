package io.ormdantic.benchmarks;

import java.util.List;
import java.util.UUID;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.TableOperations;
import io.ormdantic.benchmarks.Models.Account;
import io.ormdantic.benchmarks.Models.Child;
import io.ormdantic.benchmarks.Models.Coffee;
import io.ormdantic.benchmarks.Models.Flavor;
import io.ormdantic.benchmarks.Models.Note;
import io.ormdantic.benchmarks.Models.Parent;
import io.ormdantic.benchmarks.SpringDataEntities.AccountEntity;
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
 * {@link DataSet} every time. It also keeps the balance and version each account's row holds now, which every
 * update of {@link UpdateVersionedBenchmark} takes and gives back, whichever implementation makes it.
 */
@State(Scope.Benchmark)
public class BenchState {

	/** As many connections as {@code Ormdantic.connect} opens. */
	static final int POOL_SIZE = 10;

	private static final long SEED = 20261125L;

	/** The tables of {@link Models}, for the statistics refresh after filling them. */
	private static final List<String> TABLES = List.of("bench_flavor", "bench_coffee", "bench_parent", "bench_child",
			"bench_note", "bench_account");

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

	TableOperations<Account> accounts;

	Handwritten handwritten;

	SpringData springData;

	private ConnectionPool pool;

	private int nextCoffee;

	private long nextNote;

	private int nextAccount;

	/** The balance each account's row holds now, by its index in {@link DataSet#accounts}. */
	private long[] accountBalances;

	/** The version each account's row holds now: the one the last update of the row returned. */
	private long[] accountVersions;

	/** Whether an account was updated since the accounts were last filled. */
	private boolean accountsChanged;

	/** Connects, recreates the tables and fills them. */
	@Setup(Level.Trial)
	public void open() {
		BenchDatabase database = BenchDatabase.of(this.db);
		this.pool = Connections.pooled(database.url(), POOL_SIZE);
		this.ormdantic = Ormdantic.create(this.pool)
			.register(Flavor.class, Coffee.class, Parent.class, Child.class, Note.class, Account.class);
		this.ormdantic.dropAll().then(this.ormdantic.init()).block();
		this.coffees = this.ormdantic.table(Coffee.class);
		this.parents = this.ormdantic.table(Parent.class);
		this.notes = this.ormdantic.table(Note.class);
		this.accounts = this.ormdantic.table(Account.class);
		this.handwritten = new Handwritten(database, this.pool);
		this.springData = new SpringData(database, this.pool);
		this.data = new DataSet(SEED);
		this.ormdantic.table(Flavor.class).insertAll(this.data.flavors)
			.thenMany(this.coffees.insertAll(this.data.coffees))
			.thenMany(this.parents.insertAll(this.data.parents))
			.thenMany(this.ormdantic.table(Child.class).insertAll(this.data.children))
			.thenMany(this.accounts.insertAll(this.data.accounts))
			.blockLast();
		keepAccountsAsInserted();
		// Statistics now rather than when autovacuum gets round to them: a background ANALYZE, or a plan that changes
		// once it is done, in the middle of the measurement would be charged to whichever implementation runs then.
		DatabaseClient client = DatabaseClient.create(this.pool);
		Flux.fromIterable(TABLES).concatMap(table -> client.sql(database.analyze(table)).then()).blockLast();
	}

	/** The pool every implementation shares. */
	ConnectionPool pool() {
		return this.pool;
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

	/** The index in {@link DataSet#accounts} of the next account to update, going round all accounts. */
	int nextAccount() {
		int index = this.nextAccount;
		this.nextAccount = (index + 1) % this.data.accounts.size();
		return index;
	}

	/**
	 * The change an update of account {@code index} writes: its balance one higher, under the version its row holds
	 * now.
	 */
	Account accountChange(int index) {
		Account account = this.data.accounts.get(index);
		return new Account(account.id(), account.owner(), this.accountBalances[index] + 1, this.accountVersions[index]);
	}

	/** The same change as a Spring Data entity. */
	AccountEntity accountEntityChange(int index) {
		Account account = this.data.accounts.get(index);
		return new AccountEntity(account.id(), account.owner(), this.accountBalances[index] + 1,
				this.accountVersions[index]);
	}

	/** Keeps what an update of account {@code index} stored, for the next update of its row. */
	void updated(int index, long balance, long version) {
		this.accountBalances[index] = balance;
		this.accountVersions[index] = version;
		this.accountsChanged = true;
	}

	/**
	 * Empties the notes table and restarts the key sequences, so that every implementation reads and writes the
	 * same rows after it: between the runs of {@link Comparison}'s check, and before each round of inserts. Accounts
	 * that were updated are filled again as {@link DataSet} has them, at version 1 (only then: a comparison that
	 * updates none pays nothing for them).
	 */
	void restart() {
		this.handwritten.deleteNotes().block();
		if (this.accountsChanged) {
			this.handwritten.deleteAccounts().thenMany(this.accounts.insertAll(this.data.accounts)).blockLast();
			keepAccountsAsInserted();
		}
		this.nextCoffee = 0;
		this.nextNote = 0;
		this.nextAccount = 0;
	}

	private void keepAccountsAsInserted() {
		List<Account> inserted = this.data.accounts;
		this.accountBalances = inserted.stream().mapToLong(Account::balance).toArray();
		this.accountVersions = inserted.stream().mapToLong(Account::version).toArray();
		this.accountsChanged = false;
	}
}
