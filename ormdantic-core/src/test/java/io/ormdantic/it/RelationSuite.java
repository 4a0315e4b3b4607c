package io.ormdantic.it;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.it.Family.Author;
import io.ormdantic.it.Family.Book;
import io.ormdantic.it.Family.Child;
import io.ormdantic.it.Family.Parent;
import io.ormdantic.it.Family.Game;
import io.ormdantic.it.Family.Review;
import io.ormdantic.it.Family.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Back references (one and two per model) loaded by depth, and paging that counts parents, not joined rows. */
abstract class RelationSuite extends IntegrationSuite {

	TableOperations<Parent> parents;

	TableOperations<Child> children;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Parent.class, Child.class, Author.class, Book.class, Review.class, Team.class, Game.class };
	}

	@BeforeEach
	void tables() {
		this.parents = table(Parent.class);
		this.children = table(Child.class);
	}

	Parent parent(String name, int childCount) {
		Parent parent = block(this.parents.insert(Parent.named(name)));
		blockList(this.children.insertAll(IntStream.range(0, childCount)
			.mapToObj(i -> new Child(null, name + "-" + i, parent))
			.toList()));
		return parent;
	}

	/** A parent as a relation holds it when it is not loaded: its key only. */
	static Parent key(Parent parent) {
		return new Parent(parent.id(), null, null);
	}

	@Test
	void aBackReferenceIsNullAtDepthZeroAndLoadedAtDepthOne() {
		Parent parent = parent("p", 2);
		Parent childless = parent("none", 0);

		assertThat(block(this.parents.findOne(parent.id()))).isEqualTo(new Parent(parent.id(), "p", null));
		Parent loaded = block(this.parents.findOne(parent.id(), 1));
		assertThat(loaded.name()).isEqualTo("p");
		assertThat(loaded.children()).extracting(Child::name).containsExactlyInAnyOrder("p-0", "p-1");
		// one hop spent on the children: their parent is a key
		assertThat(loaded.children()).extracting(Child::parent).containsOnly(key(parent));
		assertThat(block(this.parents.findOne(childless.id(), 1))).isEqualTo(new Parent(childless.id(), "none", List.of()));
	}

	@Test
	void depthTwoLoadsTheChildrensParentAndDepthCountsFromEitherSide() {
		Parent parent = parent("p", 2);
		Child child = data(this.children.findMany(Query.where(Map.of("name", "p-0")))).get(0);

		Parent twice = block(this.parents.findOne(parent.id(), 2));
		assertThat(twice.children()).extracting(Child::parent).containsOnly(new Parent(parent.id(), "p", null));

		assertThat(child.parent()).isEqualTo(key(parent));
		assertThat(block(this.children.findOne(child.id(), 1)).parent()).isEqualTo(new Parent(parent.id(), "p", null));
		Parent fromChild = block(this.children.findOne(child.id(), 2)).parent();
		assertThat(fromChild.children()).extracting(Child::name).containsExactlyInAnyOrder("p-0", "p-1");
		assertThat(fromChild.children()).extracting(Child::parent).containsOnly(key(parent));
	}

	@Test
	void aNullRelationStaysNullAtAnyDepth() {
		Child orphan = block(this.children.insert(new Child(null, "orphan", null)));

		assertThat(block(this.children.findOne(orphan.id()))).isEqualTo(orphan);
		assertThat(block(this.children.findOne(orphan.id(), 2))).isEqualTo(orphan);
		assertThat(data(this.children.findMany(Query.all().depth(2)))).containsExactly(orphan);
	}

	@Test
	void pagesCountParentsNotJoinedRows() {
		for (String name : List.of("p1", "p2", "p3")) {
			parent(name, 5);
		}

		List<Parent> firstPage = data(this.parents.findMany(Query.all().orderBy("name").limit(2).depth(1)));
		List<Parent> lastPage = data(this.parents.findMany(Query.all().orderBy("name").limit(2).offset(2).depth(1)));

		assertThat(firstPage).extracting(Parent::name).containsExactly("p1", "p2");
		assertThat(firstPage).allSatisfy(parent -> assertThat(parent.children()).hasSize(5)
			.extracting(Child::name).allMatch(name -> name.startsWith(parent.name() + "-")));
		assertThat(lastPage).extracting(Parent::name).containsExactly("p3");
		assertThat(lastPage.get(0).children()).hasSize(5);
		assertThat(blockList(this.parents.stream(Query.all().orderBy("name").limit(1).offset(1).depth(1))))
			.singleElement().satisfies(parent -> assertThat(parent.children()).hasSize(5));
		assertThat(block(this.parents.count(Query.all().depth(1)))).isEqualTo(3);
		assertThat(block(this.children.count(Query.where(Map.of("parent.name", "p2")).depth(1)))).isEqualTo(5);
	}

	@Test
	void childrenPagedAtDepthTwoKeepTheirOwnParent() {
		parent("p1", 2);
		parent("p2", 2);

		List<Child> page = data(this.children.findMany(Query.all().orderBy("name").limit(3).depth(2)));

		assertThat(page).extracting(Child::name).containsExactly("p1-0", "p1-1", "p2-0");
		assertThat(page).allSatisfy(child -> {
			assertThat(child.name()).startsWith(child.parent().name() + "-");
			assertThat(child.parent().children()).hasSize(2);
		});
	}

	@Test
	void twoBackReferencesAreLoadedSeparately() {
		TableOperations<Author> authors = table(Author.class);
		Author ann = block(authors.insert(new Author(null, "Ann", null, null)));
		Author bob = block(authors.insert(new Author(null, "Bob", null, null)));
		Author cid = block(authors.insert(new Author(null, "Cid", null, null)));
		blockList(table(Book.class).insertAll(List.of(new Book(null, "A1", ann), new Book(null, "A2", ann),
				new Book(null, "B1", bob))));
		blockList(table(Review.class).insertAll(List.of(new Review(null, 5, ann), new Review(null, 4, ann),
				new Review(null, 3, ann), new Review(null, 2, cid))));

		// two joined to-many relations would multiply rows (2 books x 3 reviews); each list keeps its own rows
		Author loaded = block(authors.findOne(ann.id(), 1));
		assertThat(loaded.books()).extracting(Book::title).containsExactlyInAnyOrder("A1", "A2");
		assertThat(loaded.reviews()).extracting(Review::stars).containsExactlyInAnyOrder(5, 4, 3);
		assertThat(block(authors.findOne(ann.id())).books()).isNull();
		assertThat(block(authors.findOne(ann.id())).reviews()).isNull();

		List<Author> all = data(authors.findMany(Query.all().orderBy("name").depth(1)));
		assertThat(all).extracting(Author::name).containsExactly("Ann", "Bob", "Cid");
		assertThat(all.get(0).books()).hasSize(2);
		assertThat(all.get(0).reviews()).hasSize(3);
		assertThat(all.get(1).books()).extracting(Book::title).containsExactly("B1");
		assertThat(all.get(1).reviews()).isEmpty();
		assertThat(all.get(2).books()).isEmpty();
		assertThat(all.get(2).reviews()).extracting(Review::stars).containsExactly(2);
		assertThat(data(authors.findMany(Query.all().orderBy("name").limit(1).offset(1).depth(1))))
			.containsExactly(all.get(1));
	}

	@Test
	void twoRelationsToTheSameTableKeepTheirOwnRows() {
		TableOperations<Team> teams = table(Team.class);
		TableOperations<Game> games = table(Game.class);
		Team lions = block(teams.insert(new Team(null, "Lions", null, null)));
		Team tigers = block(teams.insert(new Team(null, "Tigers", null, null)));
		Team bears = block(teams.insert(new Team(null, "Bears", null, null)));
		Game first = block(games.insert(new Game(null, 1, lions, tigers)));
		block(games.insert(new Game(null, 2, tigers, bears)));
		block(games.insert(new Game(null, 3, lions, bears)));

		Game loaded = block(games.findOne(first.id(), 1));
		assertThat(loaded.home()).isEqualTo(new Team(lions.id(), "Lions", null, null));
		assertThat(loaded.away()).isEqualTo(new Team(tigers.id(), "Tigers", null, null));
		assertThat(data(games.findMany(Query.where(Map.of("away.name", "Bears")).orderBy("round").depth(1))))
			.extracting(Game::round).containsExactly(2, 3);
		assertThat(data(games.findMany(Query.where(Map.of("home.name", "Tigers", "away.name", "Bears")).depth(1))))
			.extracting(Game::round).containsExactly(2);
		assertThat(data(games.findMany(Query.all().orderBy("away.name", "round").depth(1))))
			.extracting(Game::round).containsExactly(2, 3, 1);

		Team lionsLoaded = block(teams.findOne(lions.id(), 1));
		assertThat(lionsLoaded.homeGames()).extracting(Game::round).containsExactlyInAnyOrder(1, 3);
		assertThat(lionsLoaded.awayGames()).isEmpty();
		Team tigersLoaded = block(teams.findOne(tigers.id(), 1));
		assertThat(tigersLoaded.homeGames()).extracting(Game::round).containsExactly(2);
		assertThat(tigersLoaded.awayGames()).extracting(Game::round).containsExactly(1);
		assertThat(block(teams.findOne(bears.id(), 2)).awayGames()).extracting(game -> game.home().name())
			.containsExactlyInAnyOrder("Tigers", "Lions");
	}
}
