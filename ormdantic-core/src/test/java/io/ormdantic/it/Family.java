package io.ormdantic.it;

import java.util.List;
import java.util.UUID;

import io.ormdantic.BackReference;
import io.ormdantic.Table;

/** Models with relations: back references (one and two), a cycle between two tables, and an identity key. */
public final class Family {

	private Family() {
	}

	/** A parent with its children as a back reference. */
	@Table(name = "it_parent", pk = "id", backReferences = @BackReference(field = "children", mappedBy = "parent"))
	public record Parent(UUID id, String name, List<Child> children) {

		/** A parent not stored yet, children not loaded. */
		public static Parent named(String name) {
			return new Parent(null, name, null);
		}
	}

	/** A child referencing its parent. */
	@Table(name = "it_child", pk = "id")
	public record Child(UUID id, String name, Parent parent) {
	}

	/** A model with two back references to two tables. */
	@Table(name = "it_author", pk = "id", backReferences = {
			@BackReference(field = "books", mappedBy = "author"),
			@BackReference(field = "reviews", mappedBy = "author") })
	public record Author(UUID id, String name, List<Book> books, List<Review> reviews) {
	}

	/** One author's book. */
	@Table(name = "it_book", pk = "id")
	public record Book(UUID id, String title, Author author) {
	}

	/** A review of an author. */
	@Table(name = "it_review", pk = "id")
	public record Review(UUID id, int stars, Author author) {
	}

	/** One side of a cycle: a hen references the egg it came from. */
	@Table(name = "it_hen", pk = "id")
	public record Hen(UUID id, String name, Egg egg) {
	}

	/** The other side of the cycle: an egg references the hen that laid it. */
	@Table(name = "it_egg", pk = "id")
	public record Egg(UUID id, String name, Hen hen) {
	}

	/** Two back references to the same table through two different relation fields. */
	@Table(name = "it_team", pk = "id", backReferences = {
			@BackReference(field = "homeGames", mappedBy = "home"),
			@BackReference(field = "awayGames", mappedBy = "away") })
	public record Team(UUID id, String name, List<Game> homeGames, List<Game> awayGames) {
	}

	/** Two relations to the same table: joins need distinct aliases. */
	@Table(name = "it_game", pk = "id")
	public record Game(UUID id, int round, Team home, Team away) {
	}

	/** A table whose integer key comes from the database's identity. */
	@Table(name = "it_ticket", pk = "id")
	public record Ticket(Integer id, String label) {
	}

	/** The target of {@link Pointer}. */
	@Table(name = "it_target", pk = "id")
	public record Target(UUID id, String name) {
	}

	/** A relation to {@link Target}. */
	@Table(name = "it_pointer", pk = "id")
	public record Pointer(UUID id, Target target) {
	}

	/**
	 * The same table as {@link Pointer} with the key as a plain column, so no foreign key is created and a
	 * key that points at no row can be stored, as in a database whose constraints were dropped or never made.
	 */
	@Table(name = "it_pointer", pk = "id")
	public record LoosePointer(UUID id, UUID target) {
	}
}
