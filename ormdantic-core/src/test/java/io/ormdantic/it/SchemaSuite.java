package io.ormdantic.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.InvalidValueException;
import io.ormdantic.Order;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.it.CoffeeShop.Coffee;
import io.ormdantic.it.CoffeeShop.Flavor;
import io.ormdantic.it.Family.Egg;
import io.ormdantic.it.Family.Hen;
import io.ormdantic.it.Pantry.Bean;
import io.ormdantic.it.Pantry.Selection;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code init()} and {@code dropAll()}, keyword names, unique constraints and NOT NULL columns. */
abstract class SchemaSuite extends IntegrationSuite {

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Flavor.class, Coffee.class, Hen.class, Egg.class, Selection.class, Bean.class };
	}

	@Test
	void initTwiceIsIdempotentAndKeepsTheRows() {
		Flavor vanilla = block(table(Flavor.class).insert(Flavor.named("vanilla")));

		block(this.database.init().then(this.database.init()));

		assertThat(data(table(Flavor.class).findMany())).containsExactly(vanilla);
		assertThat(block(table(Coffee.class).insert(new Coffee(null, "Sugar", 1, vanilla))).id()).isNotNull();
	}

	@Test
	void modelsMayBeRegisteredBeforeTheModelsTheyReference() {
		Ormdantic reversed = connectAgain().register(Coffee.class, Flavor.class);

		block(reversed.dropAll().then(reversed.init()));
		Flavor vanilla = block(reversed.table(Flavor.class).insert(Flavor.named("vanilla")));
		Coffee coffee = block(reversed.table(Coffee.class).insert(new Coffee(null, "Sugar", 1, vanilla)));

		assertThat(block(reversed.table(Coffee.class).findOne(coffee.id(), 1)).flavor()).isEqualTo(vanilla);
	}

	@Test
	void dropAllRemovesTheTablesAndDoesNothingWhenTheyAreGone() {
		block(this.database.dropAll());

		StepVerifier.create(table(Flavor.class).count()).verifyError(DataAccessException.class);
		block(this.database.dropAll().then(this.database.dropAll()));
		block(this.database.init());
		assertThat(block(table(Flavor.class).count())).isZero();
	}

	@Test
	void dropAllDropsTablesThatReferenceEachOther() {
		GraphSuite.storeCycle(this.database);

		block(this.database.dropAll());
		block(this.database.init());

		assertThat(block(table(Hen.class).count())).isZero();
		assertThat(block(table(Egg.class).count())).isZero();
	}

	@Test
	void keywordsWorkAsTableAndColumnNames() {
		TableOperations<Selection> selections = table(Selection.class);
		Selection first = block(selections.insert(new Selection(null, "asc", "by", 1)));
		Selection second = block(selections.insert(new Selection(null, "desc", "by", 2)));
		Selection other = block(selections.insert(new Selection(null, "asc", "where", 3)));

		assertThat(block(selections.findOne(first.id()))).isEqualTo(first);
		assertThat(data(selections.findMany(Query.where(Map.of("order", "asc")).orderBy("group", "from").order(Order.DESC))))
			.containsExactly(other, first);
		assertThat(block(selections.count(Query.where(Map.of("group", "by"))))).isEqualTo(2);
		Selection changed = new Selection(second.id(), "limit", "having", null);
		assertThat(block(selections.update(changed))).isEqualTo(changed);
		Selection upserted = new Selection(first.id(), "table", "by", 4);
		assertThat(block(selections.upsert(upserted))).isEqualTo(upserted);
		assertThat(block(selections.delete(other.id()))).isTrue();
		assertThat(data(selections.findMany(Query.all().orderBy("order")))).extracting(Selection::order)
			.containsExactly("limit", "table");
	}

	@Test
	void uniqueConstraintsRejectDuplicates() {
		TableOperations<Bean> beans = table(Bean.class);
		Bean kenya = block(beans.insert(new Bean(null, "K1", "Kenya", "Gatomboya")));
		block(beans.insert(new Bean(null, "K2", "Kenya", "Karimikui")));

		StepVerifier.create(beans.insert(new Bean(null, "K1", "Peru", "Other"))).verifyError(DuplicateKeyException.class);
		StepVerifier.create(beans.insert(new Bean(null, "K3", "Kenya", "Gatomboya"))).verifyError(DuplicateKeyException.class);
		StepVerifier.create(beans.update(new Bean(kenya.id(), "K2", "Kenya", "Gatomboya")))
			.verifyError(DuplicateKeyException.class);

		assertThat(data(beans.findMany(Query.all().orderBy("code")))).extracting(Bean::code).containsExactly("K1", "K2");
	}

	@Test
	void aNullInANotNullFieldIsRefusedAndNothingIsWritten() {
		TableOperations<Bean> beans = table(Bean.class);

		StepVerifier.create(beans.insert(new Bean(UUID.randomUUID(), null, "Kenya", "Gatomboya")))
			.expectErrorSatisfies(error -> assertThat(error)
				.isInstanceOfAny(InvalidValueException.class, DataIntegrityViolationException.class))
			.verify(TIMEOUT);

		assertThat(block(beans.count())).isZero();
		assertThat(data(beans.findMany())).isEqualTo(List.of());
	}
}
