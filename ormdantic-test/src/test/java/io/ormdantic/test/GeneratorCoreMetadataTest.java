package io.ormdantic.test;

import java.util.List;
import java.util.UUID;

import io.ormdantic.Table;
import io.ormdantic.Unique;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.ModelMetadata;
import io.ormdantic.metadata.TypeMetadata;
import io.ormdantic.test.fixtures.Generics.Box;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The generator takes fields, nullability, uniqueness and the table rules from core's metadata; it resolves only
 * what core leaves as declared: type variables and the constraints on their arguments, at each use of a type.
 */
class GeneratorCoreMetadataTest {

	@Test
	void onlyADeclaredNotNullMakesAFieldRequired() {
		assertThat(TypeMetadata.of(TypeUseOnly.class).fields()).extracting(FieldMetadata::name, FieldMetadata::nullable)
			.containsExactly(tuple("qualified", true), tuple("array", true), tuple("declared", false));
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			for (TypeUseOnly instance : Generator.of(TypeUseOnly.class).nullOptionals().generateList(20)) {
				assertThat(instance.qualified()).isNull();
				assertThat(instance.array()).isNull();
				assertThat(instance.declared()).isNotNull();
				assertThat(factory.getValidator().validate(instance)).isEmpty();
			}
		}
	}

	@Test
	void constraintsOnATypeArgumentBoundTheValueButDoNotMakeItRequired() {
		assertThat(Generator.of(BoundByUse.class).generateList(50)).extracting((bound) -> bound.box().value())
			.allSatisfy((value) -> assertThat(value).isBetween(10, 20));
		BoundByUse sparse = Generator.of(BoundByUse.class).nullOptionals().generate();
		assertThat(sparse.box()).isNotNull();
		assertThat(sparse.box().value()).isNull();
	}

	@Test
	void classesInheritFieldsOfAGenericSuperclassAsTheSubclassBindsIt() {
		for (Measured measured : Generator.of(Measured.class).generateList(50)) {
			assertThat(measured.value).isBetween(10, 20);
			assertThat(measured.values).isNotEmpty().allSatisfy((value) -> assertThat(value).isBetween(10, 20));
		}
		Measured sparse = Generator.of(Measured.class).nullOptionals().generate();
		assertThat(sparse.value).isNull();
		assertThat(sparse.values).isNull();
	}

	@Test
	void aOneFieldUniqueConstraintKeepsTheFieldDistinctAcrossAList() {
		assertThat(ModelMetadata.of(Ticket.class).field("code").unique()).isTrue();
		assertThat(Generator.of(Ticket.class).generateList(500)).extracting(Ticket::code).doesNotHaveDuplicates();
	}

	@Test
	void aModelBreakingATableRuleFailsWithCoresReason() {
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.of(Misplaced.class))
			.withMessage("Misplaced: Model Misplaced, field 'id': "
					+ "the primary key must be the first component or field");
	}

	/** {@code @NotNull} on the type only, not on the field: neither core nor Hibernate Validator requires a value. */
	record TypeUseOnly(java.lang.@NotNull String qualified, String @NotNull [] array, @NotNull String declared) {
	}

	/** A required box whose value {@code T} constrains, though {@code Box.value} itself is not declared required. */
	record BoundByUse(@NotNull Box<@NotNull @Min(10) @Max(20) Integer> box) {
	}

	/** Declares fields typed by its type parameter. */
	static class Holder<T> {

		T value;

		List<T> values;
	}

	/** Inherits {@code value} and {@code values}, bound to constrained integers (strings, unbound). */
	static class Measured extends Holder<@NotNull @Min(10) @Max(20) Integer> {
	}

	@Table(pk = "id", uniqueConstraints = @Unique("code"))
	record Ticket(UUID id, @Size(min = 2, max = 2) String code) {
	}

	/** Breaks a rule of {@code register}: the primary key must come first. */
	@Table(pk = "id")
	record Misplaced(String name, UUID id) {
	}
}
