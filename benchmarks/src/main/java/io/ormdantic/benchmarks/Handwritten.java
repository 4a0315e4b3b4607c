package io.ormdantic.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.benchmarks.Models.Account;
import io.ormdantic.benchmarks.Models.Child;
import io.ormdantic.benchmarks.Models.Coffee;
import io.ormdantic.benchmarks.Models.Flavor;
import io.ormdantic.benchmarks.Models.Note;
import io.ormdantic.benchmarks.Models.Parent;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The baseline: what a careful developer writes with Spring's {@link DatabaseClient} alone. It sends the same
 * statements Ormdantic sends (text rendered once, native bind markers, so the same client settings as Ormdantic's),
 * reads columns by position and builds the same records, joins and groups by hand. Whatever Ormdantic spends
 * beyond this is the price of the ORM.
 */
final class Handwritten {

	private static final String COFFEE_COLUMNS = "SELECT t0.\"id\", t0.\"sweetener\", t0.\"sweetener_count\", t0.\"flavor\"";

	private static final String COFFEE_PAGE = " ORDER BY t0.\"id\" ASC LIMIT " + DataSet.COFFEE_PAGE;

	private final BenchDatabase database;

	private final DatabaseClient client;

	private final String findCoffee;

	private final String coffees;

	private final String coffeesWithFlavor;

	private final String parents;

	private final String childrenOf;

	private final String childrenOrder;

	private final String countSweeter;

	private final String insertNote;

	private final String insertBulkNotes;

	private final String deleteNotes;

	private final String updateAccount;

	private final String deleteAccounts;

	Handwritten(BenchDatabase database, ConnectionFactory connectionFactory) {
		this.database = database;
		this.client = DatabaseClient.builder().connectionFactory(connectionFactory).namedParameters(false).build();
		this.findCoffee = database.sql(COFFEE_COLUMNS + " FROM \"bench_coffee\" t0 WHERE t0.\"id\" = $1");
		this.coffees = database.sql(COFFEE_COLUMNS + " FROM \"bench_coffee\" t0" + COFFEE_PAGE);
		this.coffeesWithFlavor = database.sql(COFFEE_COLUMNS + ", t1.\"id\", t1.\"name\" FROM \"bench_coffee\" t0"
				+ " LEFT JOIN \"bench_flavor\" t1 ON t1.\"id\" = t0.\"flavor\"" + COFFEE_PAGE);
		this.parents = database.sql("SELECT t0.\"id\", t0.\"name\" FROM \"bench_parent\" t0 ORDER BY t0.\"id\" ASC LIMIT "
				+ DataSet.PARENT_PAGE);
		this.childrenOf = database.sql("SELECT t0.\"id\", t0.\"name\", t0.\"parent\" FROM \"bench_child\" t0 WHERE t0.\"parent\" IN (");
		this.childrenOrder = database.sql(") ORDER BY t0.\"id\"");
		this.countSweeter = database.sql("SELECT COUNT(*) FROM \"bench_coffee\" t0 WHERE t0.\"sweetener_count\" > $1");
		String insert = database.sql("INSERT INTO \"bench_note\" (\"id\", \"text\", \"rating\") VALUES ");
		this.insertNote = insert + values(0);
		StringBuilder bulk = new StringBuilder(insert);
		for (int row = 0; row < DataSet.BULK_ROWS; row++) {
			bulk.append(row > 0 ? ", " : "").append(values(row * 3));
		}
		this.insertBulkNotes = bulk.toString();
		this.deleteNotes = database.sql("DELETE FROM \"bench_note\"");
		this.updateAccount = database.sql("UPDATE \"bench_account\" SET \"owner\" = $1, \"balance\" = $2,"
				+ " \"version\" = \"version\" + 1 WHERE \"id\" = $3 AND \"version\" = $4");
		this.deleteAccounts = database.sql("DELETE FROM \"bench_account\"");
	}

	private String values(int first) {
		return "(" + this.database.marker(first) + ", " + this.database.marker(first + 1) + ", "
				+ this.database.marker(first + 2) + ")";
	}

	/** The coffee with this key, its flavor holding only the key (Ormdantic's depth 0). */
	Mono<Coffee> findCoffee(UUID key) {
		return this.client.sql(this.findCoffee).bind(0, this.database.key(key)).map(this::coffee).one();
	}

	/** A page of coffees in key order. */
	Mono<List<Coffee>> coffees() {
		return this.client.sql(this.coffees).map(this::coffee).all().collectList();
	}

	/** A page of coffees with their flavors, joined and mapped by hand. */
	Mono<List<Coffee>> coffeesWithFlavor() {
		return this.client.sql(this.coffeesWithFlavor).map(row -> {
			UUID flavorKey = this.database.key(row, 4);
			Flavor flavor = flavorKey == null ? null : new Flavor(flavorKey, row.get(5, String.class));
			return new Coffee(this.database.key(row, 0), row.get(1, String.class), row.get(2, Integer.class), flavor);
		}).all().collectList();
	}

	/** A page of parents, then their children with one {@code IN} query, grouped by hand. */
	Mono<List<Parent>> parentsWithChildren() {
		return this.client.sql(this.parents)
			.map(row -> new Parent(this.database.key(row, 0), row.get(1, String.class), new ArrayList<>()))
			.all()
			.collectList()
			.flatMap(this::withChildren);
	}

	private Mono<List<Parent>> withChildren(List<Parent> parents) {
		if (parents.isEmpty()) {
			return Mono.just(parents);
		}
		Map<UUID, Parent> byKey = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder(this.childrenOf);
		List<Object> keys = new ArrayList<>(parents.size());
		for (Parent parent : parents) {
			sql.append(keys.isEmpty() ? "" : ", ").append(this.database.marker(keys.size()));
			keys.add(this.database.key(parent.id()));
			byKey.put(parent.id(), parent);
		}
		// bindValues binds the list at once; bind(i, v) per value copies the spec's bindings each time.
		return this.client.sql(sql.append(this.childrenOrder).toString()).bindValues(keys).map(row -> {
			UUID parentKey = this.database.key(row, 2);
			return new Child(this.database.key(row, 0), row.get(1, String.class), new Parent(parentKey, null, null));
		}).all().doOnNext(child -> byKey.get(child.parent().id()).children().add(child)).then(Mono.just(parents));
	}

	/** The number of coffees sweeter than {@code count}. */
	Mono<Long> countSweeterThan(int count) {
		return this.client.sql(this.countSweeter).bind(0, count).map(row -> row.get(0, Long.class)).one();
	}

	/** Inserts one note. */
	Mono<Note> insert(Note note) {
		return this.client.sql(this.insertNote)
			.bind(0, this.database.key(note.id()))
			.bind(1, note.text())
			.bind(2, note.rating())
			.fetch()
			.rowsUpdated()
			.thenReturn(note);
	}

	/** Inserts {@link DataSet#BULK_ROWS} notes with one multi-row {@code VALUES} statement (atomic on its own). */
	Mono<List<Note>> insertBulk(List<Note> notes) {
		List<Object> values = new ArrayList<>(notes.size() * 3);
		for (Note note : notes) {
			values.add(this.database.key(note.id()));
			values.add(note.text());
			values.add(note.rating());
		}
		return this.client.sql(this.insertBulkNotes).bindValues(values).fetch().rowsUpdated().thenReturn(notes);
	}

	/** Empties the table the write benchmarks fill. */
	Mono<Long> deleteNotes() {
		return this.client.sql(this.deleteNotes).fetch().rowsUpdated();
	}

	/**
	 * Updates the account's row while it holds the account's version, counting the version up in the same statement;
	 * returns the account with the version its row holds now.
	 *
	 * @throws OptimisticLockingFailureException (in the Mono) when no row holds that key and version, so that no
	 *         stale update is ever counted as done
	 */
	Mono<Account> update(Account account) {
		return this.client.sql(this.updateAccount)
			.bindValues(List.of(account.owner(), account.balance(), this.database.key(account.id()), account.version()))
			.fetch()
			.rowsUpdated()
			.flatMap(rows -> rows == 1
					? Mono.just(new Account(account.id(), account.owner(), account.balance(), account.version() + 1))
					: Mono.error(new OptimisticLockingFailureException("Updated " + rows + " rows of account "
							+ account.id() + " under version " + account.version() + " instead of 1")));
	}

	/** Empties the accounts table (before it is filled again). */
	Mono<Long> deleteAccounts() {
		return this.client.sql(this.deleteAccounts).fetch().rowsUpdated();
	}

	private Coffee coffee(Readable row) {
		UUID flavorKey = this.database.key(row, 3);
		return new Coffee(this.database.key(row, 0), row.get(1, String.class), row.get(2, Integer.class),
				flavorKey == null ? null : new Flavor(flavorKey, null));
	}
}
