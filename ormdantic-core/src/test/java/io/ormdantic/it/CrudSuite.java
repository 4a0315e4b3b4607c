package io.ormdantic.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.Result;
import io.ormdantic.RowNotFoundException;
import io.ormdantic.TableOperations;
import io.ormdantic.it.CoffeeShop.Coffee;
import io.ormdantic.it.CoffeeShop.Flavor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed walkthrough (Flavor and Coffee): insert, find with depth, pages, update, upsert, delete, count. */
abstract class CrudSuite extends IntegrationSuite {

	TableOperations<Flavor> flavors;

	TableOperations<Coffee> coffees;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Flavor.class, Coffee.class };
	}

	@BeforeEach
	void tables() {
		this.flavors = table(Flavor.class);
		this.coffees = table(Coffee.class);
	}

	Flavor flavor(String name) {
		return block(this.flavors.insert(Flavor.named(name)));
	}

	Coffee coffee(String sweetener, Integer count, Flavor flavor) {
		return block(this.coffees.insert(new Coffee(null, sweetener, count, flavor)));
	}

	@Test
	void registeredModelsAreListedInRegistrationOrder() {
		assertThat(this.database.models()).containsExactly(Flavor.class, Coffee.class);
		assertThat(this.flavors.model()).isEqualTo(Flavor.class);
	}

	@Test
	void insertGeneratesANullUuidKeyAndReturnsTheStoredModel() {
		Flavor vanilla = flavor("Vanilla");

		assertThat(vanilla.id()).isNotNull();
		assertThat(vanilla.name()).isEqualTo("Vanilla");
		assertThat(block(this.flavors.findOne(vanilla.id()))).isEqualTo(vanilla);
	}

	@Test
	void insertKeepsAGivenKey() {
		UUID id = UUID.randomUUID();

		assertThat(block(this.flavors.insert(new Flavor(id, "Mocha")))).isEqualTo(new Flavor(id, "Mocha"));
		assertThat(block(this.flavors.findOne(id))).isEqualTo(new Flavor(id, "Mocha"));
	}

	@Test
	void findOneLoadsTheRelationOnlyAtDepthOne() {
		Flavor vanilla = flavor("Vanilla");
		Coffee coffee = coffee("Sugar", 1, vanilla);

		assertThat(coffee.id()).isNotNull();
		Coffee shallow = new Coffee(coffee.id(), "Sugar", 1, new Flavor(vanilla.id(), null));
		assertThat(block(this.coffees.findOne(coffee.id()))).isEqualTo(shallow);
		assertThat(block(this.coffees.findOne(coffee.id(), 0))).isEqualTo(shallow);
		assertThat(block(this.coffees.findOne(coffee.id(), 1))).isEqualTo(new Coffee(coffee.id(), "Sugar", 1, vanilla));
	}

	@Test
	void findOneOfAMissingKeyIsEmpty() {
		flavor("Vanilla");

		StepVerifier.create(this.flavors.findOne(UUID.randomUUID())).verifyComplete();
		StepVerifier.create(this.flavors.findOne(UUID.randomUUID(), 2)).verifyComplete();
	}

	@Test
	void findManyReturnsEveryRowAsOnePage() {
		List<Flavor> stored = List.of(flavor("Vanilla"), flavor("Mocha"), flavor("Caramel"));

		Result<Flavor> all = block(this.flavors.findMany());

		assertThat(all.offset()).isZero();
		assertThat(all.limit()).isZero();
		assertThat(all.data()).containsExactlyInAnyOrderElementsOf(stored);
		assertThat(block(this.flavors.findMany(Query.all())).data()).containsExactlyInAnyOrderElementsOf(stored);
	}

	@Test
	void findManyOfAnEmptyTableIsAnEmptyPage() {
		assertThat(block(this.flavors.findMany(Query.all().limit(5).offset(5)))).isEqualTo(new Result<>(5, 5, List.of()));
	}

	@Test
	void findManyWithTheSeedsPagination() {
		for (String name : List.of("vanilla", "mocha", "caramel", "hazelnut", "cinnamon")) {
			flavor(name);
		}
		Query vanillas = Query.where(Map.of("name", "vanilla")).orderBy("id", "name").limit(2);

		Result<Flavor> firstPage = block(this.flavors.findMany(vanillas));
		Result<Flavor> thirdPage = block(this.flavors.findMany(vanillas.offset(2)));

		assertThat(each(firstPage.data(), Flavor::name)).containsExactly("vanilla");
		assertThat(thirdPage.offset()).isEqualTo(2);
		assertThat(thirdPage.limit()).isEqualTo(2);
		assertThat(thirdPage.data()).isEmpty();
	}

	@Test
	void findManyPagesWithOrderLimitAndOffset() {
		for (String name : List.of("d", "b", "e", "a", "c")) {
			flavor(name);
		}

		Result<Flavor> page = block(this.flavors.findMany(Query.all().orderBy("name").limit(2).offset(1)));

		assertThat(page.offset()).isEqualTo(1);
		assertThat(page.limit()).isEqualTo(2);
		assertThat(each(page.data(), Flavor::name)).containsExactly("b", "c");
		assertThat(each(data(this.flavors.findMany(Query.all().orderBy("name").offset(3))), Flavor::name))
			.containsExactly("d", "e");
	}

	@Test
	void findManyLoadsRelationsAtTheQueriedDepth() {
		Flavor vanilla = flavor("Vanilla");
		Flavor mocha = flavor("Mocha");
		coffee("Sugar", 1, vanilla);
		coffee("Honey", 2, mocha);

		List<Coffee> deep = data(this.coffees.findMany(Query.all().orderBy("sweetenerCount").depth(1)));
		List<Coffee> shallow = data(this.coffees.findMany(Query.all().orderBy("sweetenerCount")));

		assertThat(each(deep, Coffee::flavor)).containsExactly(vanilla, mocha);
		assertThat(each(shallow, Coffee::flavor)).containsExactly(new Flavor(vanilla.id(), null), new Flavor(mocha.id(), null));
	}

	@Test
	void streamSendsTheRowsOfTheQuery() {
		Flavor vanilla = flavor("Vanilla");
		coffee("Sugar", 1, vanilla);
		coffee("Honey", 2, vanilla);
		coffee("Stevia", 3, vanilla);
		Query query = Query.where(Map.of("sweetenerCount", Map.of("gt", 1))).orderBy("sweetenerCount").depth(1);

		List<Coffee> streamed = blockList(this.coffees.stream(query));

		assertThat(each(streamed, Coffee::sweetener)).containsExactly("Honey", "Stevia");
		assertThat(streamed).isEqualTo(data(this.coffees.findMany(query)));
		assertThat(each(streamed, Coffee::flavor)).containsOnly(vanilla);
	}

	@Test
	void updateWritesEveryColumnAndLeavesOtherRowsAlone() {
		Flavor vanilla = flavor("Vanilla");
		Flavor mocha = flavor("Mocha");
		Coffee coffee = coffee("Sugar", 1, vanilla);
		Coffee other = coffee("Honey", 2, vanilla);

		Flavor caramel = new Flavor(vanilla.id(), "caramel");
		assertThat(block(this.flavors.update(caramel))).isEqualTo(caramel);
		Coffee changed = new Coffee(coffee.id(), null, null, mocha);
		assertThat(block(this.coffees.update(changed))).isEqualTo(changed);

		assertThat(block(this.flavors.findOne(vanilla.id()))).isEqualTo(caramel);
		assertThat(block(this.flavors.findOne(mocha.id()))).isEqualTo(mocha);
		assertThat(block(this.coffees.findOne(coffee.id(), 1))).isEqualTo(changed);
		assertThat(block(this.coffees.findOne(other.id(), 1))).isEqualTo(new Coffee(other.id(), "Honey", 2, caramel));
		Coffee noFlavor = new Coffee(other.id(), "Honey", 2, null);
		block(this.coffees.update(noFlavor));
		assertThat(block(this.coffees.findOne(other.id(), 1))).isEqualTo(noFlavor);
	}

	@Test
	void updateWithUnchangedValuesStillFindsTheRow() {
		// MySQL reports 0 affected rows for an update that changes nothing; that is not a missing row.
		Flavor vanilla = flavor("Vanilla");

		assertThat(block(this.flavors.update(vanilla))).isEqualTo(vanilla);
	}

	@Test
	void updateOfAMissingRowFailsWithRowNotFound() {
		flavor("Vanilla");

		StepVerifier.create(this.flavors.update(new Flavor(UUID.randomUUID(), "ghost")))
			.verifyError(RowNotFoundException.class);
		assertThat(block(this.flavors.count())).isEqualTo(1);
	}

	@Test
	void upsertInsertsThenUpdatesAndNeverDeletes() {
		Flavor vanilla = flavor("Vanilla");
		UUID id = UUID.randomUUID();

		assertThat(block(this.flavors.upsert(new Flavor(id, "mocha")))).isEqualTo(new Flavor(id, "mocha"));
		assertThat(block(this.flavors.count())).isEqualTo(2);
		assertThat(block(this.flavors.upsert(new Flavor(id, "caramel")))).isEqualTo(new Flavor(id, "caramel"));
		assertThat(block(this.flavors.upsert(new Flavor(id, "caramel")))).isEqualTo(new Flavor(id, "caramel"));

		assertThat(data(this.flavors.findMany())).containsExactlyInAnyOrder(vanilla, new Flavor(id, "caramel"));
	}

	@Test
	void upsertOfARelatedModelKeepsTheRelation() {
		Flavor vanilla = flavor("Vanilla");
		Flavor mocha = flavor("Mocha");
		Coffee coffee = new Coffee(UUID.randomUUID(), "Sugar", 1, vanilla);

		block(this.coffees.upsert(coffee));
		block(this.coffees.upsert(new Coffee(coffee.id(), "Sugar", 2, mocha)));

		assertThat(block(this.coffees.findOne(coffee.id(), 1))).isEqualTo(new Coffee(coffee.id(), "Sugar", 2, mocha));
	}

	@Test
	void deleteTellsWhetherARowWent() {
		Flavor vanilla = flavor("Vanilla");
		Flavor mocha = flavor("Mocha");

		assertThat(block(this.flavors.delete(vanilla.id()))).isTrue();
		assertThat(block(this.flavors.delete(vanilla.id()))).isFalse();

		StepVerifier.create(this.flavors.findOne(vanilla.id())).verifyComplete();
		assertThat(data(this.flavors.findMany())).containsExactly(mocha);
	}

	@Test
	void deleteOfAReferencedRowIsRefusedByTheForeignKey() {
		Flavor vanilla = flavor("Vanilla");
		coffee("Sugar", 1, vanilla);

		StepVerifier.create(this.flavors.delete(vanilla.id())).verifyError(DataIntegrityViolationException.class);
		assertThat(block(this.flavors.findOne(vanilla.id()))).isEqualTo(vanilla);
	}

	@Test
	void insertWithARelatedModelThatWasNotStoredIsRefusedByTheForeignKey() {
		StepVerifier.create(this.coffees.insert(new Coffee(null, "Sugar", 1, new Flavor(UUID.randomUUID(), "ghost"))))
			.verifyError(DataIntegrityViolationException.class);
		assertThat(block(this.coffees.count())).isZero();
	}

	@Test
	void countCountsRowsMatchingWhereAndDepth() {
		Flavor vanilla = flavor("Vanilla");
		Flavor mocha = flavor("Mocha");
		coffee("Sugar", 1, vanilla);
		coffee("Sugar", 2, mocha);
		coffee("Honey", 2, vanilla);

		assertThat(block(this.flavors.count())).isEqualTo(2);
		assertThat(block(this.coffees.count())).isEqualTo(3);
		assertThat(block(this.coffees.count(Query.where(Map.of("sweetener", "Sugar"))))).isEqualTo(2);
		assertThat(block(this.coffees.count(Query.where(Map.of("sweetener", "Sugar", "flavor.name", "Vanilla")).depth(1))))
			.isEqualTo(1);
		// limit and offset page the rows, they do not change how many match
		assertThat(block(this.coffees.count(Query.where(Map.of("sweetenerCount", 2)).limit(1).offset(1)))).isEqualTo(2);
		assertThat(block(this.coffees.count(Query.all().orderBy("flavor.name", "sweetener").limit(1).depth(1)))).isEqualTo(3);
	}

	@Test
	void operationsJoinASpringTransaction() {
		TransactionalOperator transaction = TransactionalOperator
			.create(new R2dbcTransactionManager(this.database.connectionFactory()));
		Mono<Flavor> failing = this.flavors.insert(Flavor.named("vanilla"))
			.then(this.flavors.insertAll(List.of(Flavor.named("mocha"), Flavor.named("caramel"))).then())
			.then(Mono.error(new IllegalStateException("rolled back")));

		StepVerifier.create(transaction.transactional(failing)).verifyErrorMessage("rolled back");
		assertThat(block(this.flavors.count())).isZero();

		block(transaction.transactional(this.flavors.insert(Flavor.named("kept"))));
		assertThat(data(this.flavors.findMany())).extracting(Flavor::name).containsExactly("kept");
	}

	/**
	 * Single-row reads (findOne, count) and pages one after the other on one connection, in one transaction: each must
	 * leave the connection ready for the next, so that every statement reads its own rows.
	 */
	@Test
	void singleRowReadsLeaveTheirConnectionReadyForTheNextStatement() {
		TransactionalOperator transaction = TransactionalOperator
			.create(new R2dbcTransactionManager(this.database.connectionFactory()));
		Flavor vanilla = flavor("Vanilla");
		Flavor mocha = flavor("Mocha");
		Coffee coffee = coffee("Sugar", 1, vanilla);
		// One after the other, each on the connection the one before it used.
		Flux<Object> reads = Flux.concat(this.flavors.findOne(vanilla.id()), this.coffees.count(),
				this.flavors.findOne(mocha.id()), this.coffees.findOne(coffee.id(), 1),
				this.flavors.count(Query.where(Map.of("name", "Mocha"))),
				this.flavors.findOne(UUID.randomUUID()).map(Object.class::cast).defaultIfEmpty("none"),
				this.flavors.findMany(Query.all().orderBy("name")).map(Result::data));

		assertThat(block(transaction.transactional(reads).collectList())).containsExactly(vanilla, 1L, mocha,
				new Coffee(coffee.id(), "Sugar", 1, vanilla), 1L, "none", List.of(mocha, vanilla));
	}

	@Test
	void anotherConnectionSeesTheStoredRows() {
		Flavor vanilla = flavor("Vanilla");

		Ormdantic again = connectAgain().register(Flavor.class);

		assertThat(block(again.table(Flavor.class).findOne(vanilla.id()))).isEqualTo(vanilla);
	}
}
