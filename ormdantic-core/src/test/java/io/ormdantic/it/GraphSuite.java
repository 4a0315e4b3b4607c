package io.ormdantic.it;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.it.Family.Author;
import io.ormdantic.it.Family.Book;
import io.ormdantic.it.Family.Child;
import io.ormdantic.it.Family.Egg;
import io.ormdantic.it.Family.Hen;
import io.ormdantic.it.Family.LoosePointer;
import io.ormdantic.it.Family.Parent;
import io.ormdantic.it.Family.Pointer;
import io.ormdantic.it.Family.Review;
import io.ormdantic.it.Family.Target;
import io.ormdantic.it.Family.Ticket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relation graphs: cycles between two tables ending at the requested depth, keys that point at no row,
 * identity keys, and loading whose statement count does not grow with the number of rows.
 */
abstract class GraphSuite extends IntegrationSuite {

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Parent.class, Child.class, Author.class, Book.class, Review.class, Hen.class,
				Egg.class, Ticket.class };
	}

	/** Stores a hen and the egg it came from, each referencing the other; returns the egg (its hen set). */
	static Egg storeCycle(OrmdanticTemplate database) {
		TableOperations<Hen> hens = database.table(Hen.class);
		Hen hen = block(hens.insert(new Hen(null, "hen", null)));
		Egg egg = block(database.table(Egg.class).insert(new Egg(null, "egg", hen)));
		block(hens.update(new Hen(hen.id(), "hen", egg)));
		return egg;
	}

	@Test
	void aCycleBetweenTwoTablesEndsAtTheRequestedDepth() {
		TableOperations<Hen> hens = table(Hen.class);
		Egg egg = storeCycle(this.database);
		Hen hen = egg.hen();

		Hen keyOnly = new Hen(hen.id(), null, null);
		Egg eggKey = new Egg(egg.id(), null, null);
		assertThat(block(hens.findOne(hen.id()))).isEqualTo(new Hen(hen.id(), "hen", eggKey));
		assertThat(block(hens.findOne(hen.id(), 1))).isEqualTo(new Hen(hen.id(), "hen", new Egg(egg.id(), "egg", keyOnly)));
		Hen fullHen = new Hen(hen.id(), "hen", eggKey);
		Hen thrice = new Hen(hen.id(), "hen",
				new Egg(egg.id(), "egg", new Hen(hen.id(), "hen", new Egg(egg.id(), "egg", keyOnly))));
		assertThat(block(hens.findOne(hen.id(), 3))).isEqualTo(thrice);
		assertThat(data(hens.findMany(Query.all().depth(2)))).containsExactly(new Hen(hen.id(), "hen",
				new Egg(egg.id(), "egg", fullHen)));
		assertThat(block(table(Egg.class).findOne(egg.id(), 2))).isEqualTo(new Egg(egg.id(), "egg",
				new Hen(hen.id(), "hen", new Egg(egg.id(), "egg", keyOnly))));
	}

	@Test
	void aKeyThatPointsAtNoRowLoadsAsNull() {
		// The loose model writes the table without a foreign key, so a dangling key can be stored at all.
		Ormdantic loose = connectAgain().register(LoosePointer.class);
		Ormdantic targets = connectAgain().register(Target.class);
		block(loose.dropAll().then(targets.dropAll()).then(loose.init()).then(targets.init()));
		Target target = block(targets.table(Target.class).insert(new Target(null, "here")));
		UUID nowhere = UUID.randomUUID();
		UUID dangling = block(loose.table(LoosePointer.class).insert(new LoosePointer(null, nowhere))).id();
		UUID sound = block(loose.table(LoosePointer.class).insert(new LoosePointer(null, target.id()))).id();

		TableOperations<Pointer> pointers = connectAgain().register(Target.class, Pointer.class).table(Pointer.class);

		assertThat(block(pointers.findOne(dangling))).isEqualTo(new Pointer(dangling, new Target(nowhere, null)));
		assertThat(block(pointers.findOne(dangling, 1))).isEqualTo(new Pointer(dangling, null));
		assertThat(block(pointers.findOne(sound, 1))).isEqualTo(new Pointer(sound, target));
		assertThat(data(pointers.findMany(Query.all().depth(1)))).containsExactlyInAnyOrder(new Pointer(dangling, null),
				new Pointer(sound, target));
	}

	@Test
	void aNullIntegerKeyTakesTheIdentityValue() {
		TableOperations<Ticket> tickets = table(Ticket.class);

		Ticket first = block(tickets.insert(new Ticket(null, "first")));
		Ticket second = block(tickets.insert(new Ticket(null, "second")));
		List<Ticket> batch = blockList(tickets.insertAll(List.of(new Ticket(null, "third"), new Ticket(null, "fourth"))));

		assertThat(first.id()).isNotNull();
		assertThat(second.id()).isNotNull().isNotEqualTo(first.id());
		assertThat(batch).extracting(Ticket::label).containsExactly("third", "fourth");
		assertThat(batch).extracting(Ticket::id).doesNotContainNull().doesNotHaveDuplicates()
			.doesNotContain(first.id(), second.id());
		assertThat(block(tickets.findOne(first.id()))).isEqualTo(first);
		assertThat(block(tickets.findOne(batch.get(1).id()))).isEqualTo(batch.get(1));
		assertThat(block(tickets.update(new Ticket(second.id(), "changed")))).isEqualTo(new Ticket(second.id(), "changed"));
		assertThat(block(tickets.delete(first.id()))).isTrue();
		assertThat(data(tickets.findMany(Query.all().orderBy("label")))).extracting(Ticket::label)
			.containsExactly("changed", "fourth", "third");
	}

	@Test
	void loadingBackReferencesCostsTheSameStatementsForThreeOrThirtyParents() {
		Counted counted = counted();
		TableOperations<Parent> parents = counted.database().table(Parent.class);
		Supplier<List<Parent>> load = () -> data(parents.findMany(Query.all().depth(1)));

		int few = statements(counted, 3, load);
		int many = statements(counted, 30, load);
		int streamed = statements(counted, 30, () -> blockList(parents.stream(Query.all().depth(1))));

		assertThat(few).isPositive();
		assertThat(many).as("statements for 30 parents vs 3: %s", counted.statements().statements()).isEqualTo(few);
		assertThat(streamed).isEqualTo(few);
		assertThat(load.get()).hasSize(30).allSatisfy(parent -> assertThat(parent.children()).hasSize(2));
	}

	@Test
	void loadingTwoLevelsCostsTheSameStatementsForThreeOrThirtyParents() {
		Counted counted = counted();
		TableOperations<Child> children = counted.database().table(Child.class);
		Supplier<List<Child>> load = () -> data(children.findMany(Query.all().depth(2)));

		int few = statements(counted, 3, load);
		int many = statements(counted, 30, load);

		assertThat(many).as("statements for 30 parents vs 3: %s", counted.statements().statements()).isEqualTo(few);
		assertThat(load.get()).hasSize(60).allSatisfy(child -> assertThat(child.parent().children()).hasSize(2));
	}

	/** Stores {@code parents} parents with two children each in fresh tables, then counts the statements of {@code load}. */
	private int statements(Counted counted, int parents, Supplier<? extends List<?>> load) {
		Ormdantic database = counted.database();
		block(database.dropAll().then(database.init()));
		List<Parent> stored = blockList(database.table(Parent.class)
			.insertAll(IntStream.range(0, parents).mapToObj(i -> Parent.named("p" + i)).toList()));
		List<Child> kids = new ArrayList<>();
		stored.forEach(parent -> kids.addAll(List.of(new Child(null, "a", parent), new Child(null, "b", parent))));
		blockList(database.table(Child.class).insertAll(kids));
		counted.statements().reset();
		assertThat(load.get()).isNotEmpty();
		return counted.statements().count();
	}
}
