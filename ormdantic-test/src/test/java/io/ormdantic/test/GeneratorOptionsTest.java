package io.ormdantic.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.test.fixtures.AllTypes;
import io.ormdantic.test.fixtures.Badge;
import io.ormdantic.test.fixtures.Brand;
import io.ormdantic.test.fixtures.Coffee;
import io.ormdantic.test.fixtures.Constrained;
import io.ormdantic.test.fixtures.Employee;
import io.ormdantic.test.fixtures.Flavor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Seeds, overrides, {@code nullOptionals}, lists and the errors of the generator's options. */
class GeneratorOptionsTest {

	@Test
	void sameSeedGivesTheSameInstanceUuidsIncluded() {
		Coffee first = Generator.of(Coffee.class).seed(42).generate();
		Coffee second = Generator.of(Coffee.class).seed(42).generate();
		assertThat(second).isEqualTo(first);
		assertThat(Generator.of(AllTypes.class).seed(42).generate()).usingRecursiveComparison()
			.isEqualTo(Generator.of(AllTypes.class).seed(42).generate());
		assertThat(Generator.of(Flavor.class).seed(42).generateList(5)).isEqualTo(Generator.of(Flavor.class).seed(42).generateList(5));
	}

	@Test
	void differentSeedsAndSuccessiveCallsGiveDifferentInstances() {
		assertThat(Generator.of(Coffee.class).seed(1).generate()).isNotEqualTo(Generator.of(Coffee.class).seed(2).generate());
		Generator<Coffee> generator = Generator.of(Coffee.class).seed(3);
		assertThat(generator.generate()).isNotEqualTo(generator.generate());
		assertThat(generator.seed()).isEqualTo(3);
	}

	@Test
	void withFixesAFieldAndAllowsNull() {
		Coffee coffee = Generator.of(Coffee.class).with("sweetener", "Sugar").with("flavor", null).generate();
		assertThat(coffee.sweetener()).isEqualTo("Sugar");
		assertThat(coffee.flavor()).isNull();
		assertThat(Generator.of(Employee.class).with("id", null).generate().id()).isNull();
		assertThat(Generator.of(Coffee.class).with("sweetenerCount", 3).generateList(3)).extracting(Coffee::sweetenerCount)
			.containsOnly(3);
	}

	@Test
	void withAnUnknownFieldIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> Generator.of(Coffee.class).with("sugar", "x"))
			.withMessage("Coffee has no field 'sugar' (its fields: id, sweetener, sweetenerCount, flavor)");
	}

	@Test
	void withAValueOfTheWrongTypeIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> Generator.of(Coffee.class).with("sweetenerCount", "two"))
			.withMessageContaining("Coffee.sweetenerCount is a java.lang.Integer, it cannot hold java.lang.String");
		assertThatIllegalArgumentException().isThrownBy(() -> Generator.of(AllTypes.class).with("primitiveInt", null))
			.withMessageContaining("cannot hold null");
	}

	@Test
	void nullOptionalsLeavesOnlyRequiredAndFixedFields() {
		Coffee coffee = Generator.of(Coffee.class).with("sweetener", "Sugar").nullOptionals().generate();
		assertThat(coffee.id()).isNotNull();
		assertThat(coffee.sweetener()).isEqualTo("Sugar");
		assertThat(coffee.sweetenerCount()).isNull();
		assertThat(coffee.flavor()).isNull();
		AllTypes all = Generator.of(AllTypes.class).nullOptionals().generate();
		assertThat(all.id()).as("not a table, so no primary key").isNull();
		assertThat(all.text()).isNull();
		assertThat(all.boxedInt()).isNull();
		assertThat(all.primitiveInt()).isNotZero();
		assertThat(all.origin()).isNotNull();
		assertThat(all.origin().country()).isNull();
		Constrained constrained = Generator.of(Constrained.class).nullOptionals().generate();
		assertThat(constrained.required()).isNotNull();
		assertThat(constrained.tiny()).isNotBlank();
		assertThat(constrained.tags()).isNotEmpty();
		assertThat(constrained.email()).isNull();
	}

	@Test
	void primaryKeysAndUniqueFieldsAreDistinctAcrossAList() {
		List<Badge> badges = Generator.of(Badge.class).generateList(500);
		assertThat(badges).extracting(Badge::id).doesNotHaveDuplicates().allSatisfy((id) -> assertThat(id).isBetween(1, 600));
		assertThat(badges).extracting(Badge::code).doesNotHaveDuplicates();
		List<Coffee> coffees = Generator.of(Coffee.class).generateList(100);
		assertThat(coffees).extracting(Coffee::id).doesNotHaveDuplicates();
		assertThat(coffees).extracting((coffee) -> coffee.flavor().id()).doesNotHaveDuplicates();
	}

	@Test
	void integerPrimaryKeysArePositive() {
		assertThat(Generator.of(Employee.class).generateList(200)).extracting(Employee::id)
			.allSatisfy((id) -> assertThat(id).isPositive());
	}

	@Test
	void anUnsupportedTypeFailsNamingThePath() {
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.of(Brand.Shop.class))
			.withMessage("Shop.brand.owner.owner: unsupported type java.lang.Thread");
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.generate(Runnable.class))
			.withMessage("Runnable: unsupported type java.lang.Runnable");
	}

	@Test
	void unsatisfiableConstraintsFailNamingTheField() {
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.of(Impossible.class))
			.withMessage("Impossible.value: no int satisfies its constraints (from 10 inclusive to 5 inclusive, 0 decimals)");
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.generate(TooNarrow.class))
			.withMessage("TooNarrow.code: no string matching @Pattern(regexp = \"[a-z]{10}\") within @Size(min = 0, max = 5)"
					+ " after 200 tries");
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.of(Threads.class))
			.withMessage("Threads.byName[value][element]: unsupported type java.lang.Thread");
	}

	@Test
	void aNegativeListSizeIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> Generator.of(UUID.class).generateList(-1));
	}

	record Impossible(@Min(10) @Max(5) int value) {
	}

	record TooNarrow(@Pattern(regexp = "[a-z]{10}") @Size(max = 5) String code) {
	}

	record Threads(Map<String, List<Thread>> byName) {
	}
}
