package io.ormdantic.it;

import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticException;
import io.ormdantic.it.CoffeeShop.Flavor;
import io.ormdantic.it.Misfits.Basket;
import io.ormdantic.it.Misfits.Crate;
import io.ormdantic.it.Misfits.Item;
import io.ormdantic.it.Misfits.KeySecond;
import io.ormdantic.it.Misfits.MissingKey;
import io.ormdantic.it.Misfits.NoDefaultConstructor;
import io.ormdantic.it.Misfits.UndeclaredList;
import io.ormdantic.it.Misfits.UnknownConstraintField;
import io.ormdantic.it.Misfits.UnknownIndex;
import io.ormdantic.it.Misfits.UnknownUnique;
import io.ormdantic.it.Misfits.WithThread;
import io.ormdantic.it.Types.Barista;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Table restrictions rejected with a {@link ModelDefinitionException} naming model and field: single-model
 * rules at {@code register}, rules spanning models at the latest by {@code init()}. Also the connection URL of
 * a driver that is not on the class path.
 */
abstract class DefinitionSuite extends IntegrationSuite {

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Flavor.class };
	}

	/** Registers the model on a fresh database, where the rule must stop it. */
	AbstractThrowableAssert<?, ? extends Throwable> assertRegisterRejects(Class<?> model) {
		Ormdantic fresh = connectAgain();
		return assertThatThrownBy(() -> fresh.register(model)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(model.getSimpleName());
	}

	/** Registers the models and creates their tables: a rule spanning models may wait until {@code init()}. */
	AbstractThrowableAssert<?, ? extends Throwable> assertInitRejects(Class<?>... models) {
		Ormdantic fresh = connectAgain();
		return assertThatThrownBy(() -> fresh.register(models).init().block(TIMEOUT))
			.isInstanceOf(ModelDefinitionException.class);
	}

	@Test
	void anUnmappableFieldTypeIsRejectedAtRegister() {
		assertRegisterRejects(WithThread.class).hasMessageContaining("worker");
	}

	@Test
	void theKeyMustBeTheFirstField() {
		assertRegisterRejects(KeySecond.class).hasMessageContaining("id");
	}

	@Test
	void theKeyMustExist() {
		assertRegisterRejects(MissingKey.class).hasMessageContaining("code");
	}

	@Test
	void indexedAndUniqueFieldsMustExist() {
		assertRegisterRejects(UnknownIndex.class).hasMessageContaining("colour");
		assertRegisterRejects(UnknownUnique.class).hasMessageContaining("colour");
		assertRegisterRejects(UnknownConstraintField.class).hasMessageContaining("colour");
	}

	@Test
	void aBackReferenceFieldMustExist() {
		assertInitRejects(Crate.class).hasMessageContaining("Crate").hasMessageContaining("bottles");
	}

	@Test
	void aListOfAModelMustBeDeclaredAsBackReference() {
		assertInitRejects(Flavor.class, UndeclaredList.class).hasMessageContaining("UndeclaredList")
			.hasMessageContaining("flavors");
	}

	@Test
	void mappedByMustBeTypedWithTheDeclaringModel() {
		assertInitRejects(Flavor.class, Item.class, Basket.class).hasMessageContaining("owner");
	}

	@Test
	void aPlainClassNeedsANoArgConstructor() {
		assertRegisterRejects(NoDefaultConstructor.class);
	}

	@Test
	void aRejectedModelLeavesTheOthersUsable() {
		Ormdantic fresh = connectAgain().register(Flavor.class);

		assertThatThrownBy(() -> fresh.register(WithThread.class)).isInstanceOf(ModelDefinitionException.class);
		block(fresh.init());
		assertThat(block(fresh.table(Flavor.class).insert(Flavor.named("vanilla"))).id()).isNotNull();
	}

	@Test
	void anUnregisteredModelHasNoTable() {
		assertThatThrownBy(() -> this.database.table(Barista.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("Barista");
	}

	@Test
	void aUrlOfAMissingDriverNamesTheDriver() {
		assertThatThrownBy(() -> Ormdantic.connect("r2dbc:oracle://localhost:1521/coffee"))
			.isInstanceOf(OrmdanticException.class)
			.hasMessageContaining("oracle");
		assertThatThrownBy(() -> Ormdantic.connect("not a url")).isInstanceOf(OrmdanticException.class);
	}
}
