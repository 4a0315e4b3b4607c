package io.ormdantic.test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ormdantic.test.fixtures.AllTypes;
import io.ormdantic.test.fixtures.Barista;
import io.ormdantic.test.fixtures.Generics;
import io.ormdantic.test.fixtures.Roast;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator covers every supported type: columns, JSON kinds, generics, enums, nested records and classes. */
class GeneratorTypesTest {

	@Test
	void everyColumnTypeGetsAValue() {
		AllTypes all = Generator.of(AllTypes.class).seed(7).generate();
		assertThat(all).hasNoNullFieldsOrProperties();
		assertThat(all.bytes()).isNotEmpty();
		assertThat(all.tags()).isNotEmpty().allSatisfy((tag) -> assertThat(tag).isNotBlank());
		assertThat(all.numbers()).isNotEmpty();
		assertThat(all.attributes()).isNotEmpty();
		assertThat(all.origin().country()).isNotBlank();
	}

	@Test
	void objectValuesAreStrings() {
		assertThat(Generator.of(AllTypes.class).generateList(20))
			.flatMap((all) -> all.attributes().values())
			.isNotEmpty()
			.allSatisfy((value) -> assertThat(value).isInstanceOf(String.class));
	}

	@Test
	void timeValuesKeepMicrosecondsAndUtc() {
		for (AllTypes all : Generator.of(AllTypes.class).generateList(200)) {
			assertThat(all.time().getNano() % 1000).isZero();
			assertThat(all.dateTime().getNano() % 1000).isZero();
			assertThat(all.instant().getNano() % 1000).isZero();
			assertThat(all.duration().getNano() % 1000).isZero();
			assertThat(all.duration().isNegative()).isFalse();
			assertThat(all.offsetDateTime().getOffset()).isEqualTo(ZoneOffset.UTC);
			assertThat(all.offsetDateTime().getNano() % 1000).isZero();
		}
	}

	@Test
	void datesStayBetween1970And2100() {
		for (AllTypes all : Generator.of(AllTypes.class).generateList(500)) {
			assertThat(all.date().getYear()).isBetween(1970, 2100);
			assertThat(all.dateTime().getYear()).isBetween(1970, 2100);
			assertThat(all.instant()).isBetween(Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2100-12-31T23:59:59.999999Z"));
			assertThat(all.offsetDateTime().getYear()).isBetween(1970, 2100);
		}
	}

	@Test
	void decimalsFitTheColumn() {
		for (AllTypes all : Generator.of(AllTypes.class).generateList(200)) {
			BigDecimal decimal = all.decimal();
			assertThat(decimal.scale()).isBetween(0, 10);
			assertThat(decimal.precision() - decimal.scale()).isLessThanOrEqualTo(18);
			assertThat(Double.isFinite(all.primitiveDouble())).isTrue();
			assertThat(Float.isFinite(all.primitiveFloat())).isTrue();
		}
	}

	@Test
	void enumsPickEveryConstant() {
		Set<Roast> seen = Generator.of(AllTypes.class).generateList(200).stream().map(AllTypes::roast)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Roast.class)));
		assertThat(seen).containsExactlyInAnyOrder(Roast.values());
	}

	@Test
	void nestedGenericTypesGetElementsOfTheirTypeArguments() {
		Generics generics = Generator.generate(Generics.class);
		assertThat(generics.nested()).isNotEmpty().allSatisfy((inner) -> assertThat(inner).isNotEmpty()
			.allSatisfy((element) -> assertThat(element).isInstanceOf(String.class)));
		assertThat(generics.grouped()).isNotEmpty().allSatisfy((key, values) -> {
			assertThat(key).isInstanceOf(String.class);
			assertThat(values).isNotEmpty().allSatisfy((value) -> assertThat(value).isInstanceOf(Integer.class));
		});
		assertThat(generics.boxed().value()).isInstanceOf(UUID.class);
		assertThat(generics.boxes()).isNotEmpty().allSatisfy((box) -> assertThat(box.value()).isInstanceOf(Roast.class));
		assertThat(generics.array()).isNotEmpty().doesNotContainNull();
		assertThat(generics.numbers()).isNotEmpty();
	}

	@Test
	void classesWithANoArgConstructorGetEveryFieldIncludingInheritedOnes() {
		Barista barista = Generator.generate(Barista.class);
		assertThat(barista.getStation()).isNotBlank();
		assertThat(barista.getSince()).isNotNull();
		assertThat(barista.getName()).isNotBlank();
		assertThat(Generator.of(Barista.class).generateList(20)).extracting(Barista::getAge).anyMatch((age) -> age != 0);
	}

	@Test
	void valueTypesCanBeGeneratedDirectly() {
		assertThat(Generator.generate(String.class)).isNotBlank();
		assertThat(Generator.generate(UUID.class)).isNotNull();
		assertThat(Generator.generate(Roast.class)).isIn((Object[]) Roast.values());
		assertThat(Generator.generate(LocalDateTime.class).getNano() % 1000).isZero();
		assertThat(Generator.generate(OffsetDateTime.class).getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(Generator.generate(List.class)).isNotEmpty().allSatisfy((value) -> assertThat(value).isInstanceOf(String.class));
		assertThat(Generator.generate(Map.class)).isNotEmpty();
	}
}
