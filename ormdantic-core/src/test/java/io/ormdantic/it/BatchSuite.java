package io.ormdantic.it;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.ormdantic.InvalidValueException;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.it.CoffeeShop.Coffee;
import io.ormdantic.it.CoffeeShop.Flavor;
import io.ormdantic.it.Types.AllTypes;
import io.ormdantic.it.Types.Roast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code insertAll}: generated keys, chunks under each database's bind-parameter limit, all or nothing. */
abstract class BatchSuite extends IntegrationSuite {

	TableOperations<Flavor> flavors;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Flavor.class, Coffee.class, AllTypes.class };
	}

	@BeforeEach
	void tables() {
		this.flavors = table(Flavor.class);
	}

	static List<Flavor> named(int count) {
		return IntStream.range(0, count).mapToObj(i -> Flavor.named("flavor " + i)).toList();
	}

	@Test
	void insertAllReturnsTheStoredModelsInOrder() {
		UUID given = UUID.randomUUID();
		List<Flavor> batch = List.of(Flavor.named("a"), new Flavor(given, "b"), Flavor.named("c"));

		List<Flavor> stored = blockList(this.flavors.insertAll(batch));

		assertThat(stored).extracting(Flavor::name).containsExactly("a", "b", "c");
		assertThat(stored.get(1).id()).isEqualTo(given);
		assertThat(stored).extracting(Flavor::id).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(data(this.flavors.findMany())).containsExactlyInAnyOrderElementsOf(stored);
	}

	@Test
	void insertAllOfNothingWritesNothing() {
		StepVerifier.create(this.flavors.insertAll(List.of())).verifyComplete();
		assertThat(block(this.flavors.count())).isZero();
	}

	@Test
	void insertAllOf2500RowsIsChunkedAndCounted() {
		Counted counted = counted();

		List<Flavor> stored = blockList(counted.database().table(Flavor.class).insertAll(named(2500)));

		assertThat(stored).hasSize(2500).extracting(Flavor::id).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(block(this.flavors.count())).isEqualTo(2500);
		assertThat(data(this.flavors.findMany(Query.all().orderBy("name").limit(1).offset(2499))))
			.extracting(Flavor::name).containsExactly("flavor 999");
		// multi-row statements, not one statement per row, in one transaction
		assertThat(counted.statements().count()).isLessThan(250);
		assertThat(counted.statements().transactions()).isEqualTo(1);
	}

	@Test
	void insertAllThatFitsOneStatementSendsItWithoutATransaction() {
		Counted counted = counted();

		List<Flavor> stored = blockList(counted.database().table(Flavor.class).insertAll(named(3)));

		assertThat(stored).hasSize(3);
		assertThat(counted.statements().statements()).hasSize(1);
		assertThat(counted.statements().transactions()).isZero();
		assertThat(block(this.flavors.count())).isEqualTo(3);
	}

	@Test
	void insertAllOfWideRowsStaysUnderTheBindParameterLimit() {
		// 2500 rows of 27 columns: 67,500 values, more than MySQL (65,535) or PostgreSQL (32,767) bind in one statement
		List<AllTypes> rows = IntStream.range(0, 2500)
			.mapToObj(i -> TypeSuite.row(1 + i % 12, "row " + i, Roast.values()[i % 3], i % 2 == 0, i + ".25"))
			.toList();

		List<AllTypes> stored = blockList(table(AllTypes.class).insertAll(rows));

		assertThat(stored).hasSize(2500);
		assertThat(block(table(AllTypes.class).count())).isEqualTo(2500);
		TypeSuite.assertEquivalent(block(table(AllTypes.class).findOne(stored.get(2499).id())), stored.get(2499));
	}

	@Test
	void aDuplicateKeyInsideTheBatchWritesNothing() {
		UUID twice = UUID.randomUUID();

		StepVerifier.create(this.flavors.insertAll(List.of(new Flavor(twice, "a"), Flavor.named("b"), new Flavor(twice, "c"))))
			.verifyError(DuplicateKeyException.class);

		assertThat(block(this.flavors.count())).isZero();
	}

	@Test
	void aFailingRowInALaterChunkRollsBackTheEarlierChunks() {
		Flavor existing = block(this.flavors.insert(Flavor.named("existing")));
		List<Flavor> batch = new ArrayList<>(named(2400));
		batch.add(new Flavor(existing.id(), "clash"));

		StepVerifier.create(this.flavors.insertAll(batch)).verifyError(DuplicateKeyException.class);

		assertThat(data(this.flavors.findMany())).containsExactly(existing);
	}

	@Test
	void aTooLongValueInTheBatchWritesNothing() {
		List<Flavor> batch = new ArrayList<>(named(10));
		batch.add(Flavor.named("x".repeat(64)));

		StepVerifier.create(this.flavors.insertAll(batch)).verifyError(InvalidValueException.class);

		assertThat(block(this.flavors.count())).isZero();
	}

	@Test
	void aMissingRelatedRowInTheBatchWritesNothing() {
		Flavor vanilla = block(this.flavors.insert(Flavor.named("vanilla")));
		List<Coffee> batch = List.of(new Coffee(null, "Sugar", 1, vanilla),
				new Coffee(null, "Honey", 2, new Flavor(UUID.randomUUID(), "never stored")));

		StepVerifier.create(table(Coffee.class).insertAll(batch)).verifyError(DataIntegrityViolationException.class);

		assertThat(block(table(Coffee.class).count())).isZero();
	}

	@Test
	void aStreamCancelledEarlyGivesItsConnectionBack() {
		blockList(this.flavors.insertAll(named(500)));

		// more cancelled streams than the pool has connections: a leaked connection would hang the next one
		for (int i = 0; i < 15; i++) {
			assertThat(blockList(this.flavors.stream(Query.all().orderBy("name")).take(3))).extracting(Flavor::name)
				.containsExactly("flavor 0", "flavor 1", "flavor 10");
		}
		assertThat(blockList(this.flavors.stream(Query.all()).limitRate(7))).hasSize(500);
		assertThat(block(this.flavors.count())).isEqualTo(500);
	}
}
