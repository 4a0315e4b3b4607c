package io.ormdantic.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.ormdantic.benchmarks.Models.Account;
import io.ormdantic.benchmarks.Models.Child;
import io.ormdantic.benchmarks.Models.Coffee;
import io.ormdantic.benchmarks.Models.Flavor;
import io.ormdantic.benchmarks.Models.Note;
import io.ormdantic.benchmarks.Models.Parent;
import io.ormdantic.benchmarks.SpringDataEntities.NoteEntity;

/**
 * The rows every implementation reads and writes, the same in every fork and on every database: keys and values
 * come from a fixed seed, so a comparison never depends on which data a trial happened to draw.
 */
final class DataSet {

	static final int FLAVORS = 10;

	static final int COFFEES = 1000;

	/** Rows a page of coffees holds. */
	static final int COFFEE_PAGE = 100;

	static final int PARENTS = 100;

	static final int CHILDREN_PER_PARENT = 10;

	/** Parents a page holds (each with {@link #CHILDREN_PER_PARENT} children). */
	static final int PARENT_PAGE = 20;

	/** Rows one bulk insert writes. */
	static final int BULK_ROWS = 1000;

	/** Accounts the versioned update goes round. */
	static final int ACCOUNTS = 300;

	/** {@code sweetenerCount} runs 0..9, so counting those above this selects 40% of the coffees. */
	static final int SWEETER_THAN = 5;

	private static final String[] SWEETENERS = { "sugar", "honey", "stevia", "agave", "maple syrup" };

	final List<Flavor> flavors = new ArrayList<>();

	final List<Coffee> coffees = new ArrayList<>();

	final List<Parent> parents = new ArrayList<>();

	final List<Child> children = new ArrayList<>();

	/** The rows of one bulk insert, as Ormdantic models (hand-written code writes these too)... */
	final List<Note> bulkNotes = new ArrayList<>();

	/** ...and the same rows as Spring Data entities. */
	final List<NoteEntity> bulkNoteEntities = new ArrayList<>();

	/** The accounts as inserted: every one at version 1, as an insert stores it. */
	final List<Account> accounts = new ArrayList<>();

	DataSet(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < FLAVORS; i++) {
			this.flavors.add(new Flavor(uuid(random), "flavor " + i));
		}
		for (int i = 0; i < COFFEES; i++) {
			this.coffees.add(new Coffee(uuid(random), SWEETENERS[random.nextInt(SWEETENERS.length)], i % 10,
					this.flavors.get(i % FLAVORS)));
		}
		for (int i = 0; i < PARENTS; i++) {
			Parent parent = new Parent(uuid(random), "parent " + i, null);
			this.parents.add(parent);
			for (int j = 0; j < CHILDREN_PER_PARENT; j++) {
				this.children.add(new Child(uuid(random), "child " + i + "." + j, parent));
			}
		}
		for (int i = 0; i < BULK_ROWS; i++) {
			Note note = new Note(uuid(random), "note " + i, random.nextInt(5) + 1);
			this.bulkNotes.add(note);
			this.bulkNoteEntities.add(new NoteEntity(note.id(), note.text(), note.rating()));
		}
		// Drawn last, so that the rows drawn before them stay those of earlier runs.
		for (int i = 0; i < ACCOUNTS; i++) {
			this.accounts.add(new Account(uuid(random), "owner " + i, random.nextInt(100_000), 1));
		}
	}

	private static UUID uuid(Random random) {
		return new UUID(random.nextLong(), random.nextLong());
	}
}
