package io.ormdantic.it;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.Where;
import io.ormdantic.it.Types.Address;
import io.ormdantic.it.Types.AllTypes;
import io.ormdantic.it.Types.Barista;
import io.ormdantic.it.Types.Roast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mapped type round-trips, with nulls, JSON columns, microsecond time values and typed conditions. */
abstract class TypeSuite extends IntegrationSuite {

	TableOperations<AllTypes> rows;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { AllTypes.class, Barista.class };
	}

	@BeforeEach
	void tables() {
		this.rows = table(AllTypes.class);
	}

	/** A row whose values differ by {@code n}; time values carry whole microseconds so they round-trip exactly. */
	static AllTypes row(int n, String text, Roast roast, boolean flag, String amount) {
		LocalDate day = LocalDate.of(2024, n, 1);
		return new AllTypes(null, text, "short " + n, Integer.MIN_VALUE + n, 42 + n, Long.MAX_VALUE - n, -7L * n,
				(short) (Short.MIN_VALUE + n), Math.PI * n, -0.5 * n, 1.5f * n, new BigDecimal(amount), flag, !flag,
				UUID.randomUUID(), day, LocalTime.of(7 + n, 30, 15, 123_456_000), day.atTime(8 + n, 0, 0, 999_999_000),
				day.atTime(8, 0).toInstant(ZoneOffset.UTC).plusNanos(1_000),
				OffsetDateTime.of(day.atTime(12, 0, 0, 500_000_000), ZoneOffset.UTC), Duration.ofHours(26).plusMillis(1500 * n),
				new byte[] { 0, 1, 127, -128, (byte) n }, roast,
				Map.of("origin", "Kenya", "score", 80 + n, "organic", flag, "notes", List.of("fruity", "bright")),
				List.of("b", "a", "b"), Set.of(n, 100 + n, 1000), new Address("Main Street", n));
	}

	static void assertEquivalent(Object actual, Object expected) {
		assertThat(actual).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(expected);
	}

	@Test
	void everyMappedTypeRoundTrips() {
		// longer than any VARCHAR default, and beyond the BMP, so a text column must be wide and UTF-8 throughout
		String text = "café ☕ 咖啡 \uD83C\uDF75 " + "x".repeat(400);
		AllTypes row = row(3, text, Roast.DARK, true, "12345.6789");

		AllTypes stored = block(this.rows.insert(row));
		AllTypes read = block(this.rows.findOne(stored.id()));

		assertThat(stored.id()).isNotNull();
		assertEquivalent(stored, withId(row, stored.id()));
		assertEquivalent(read, withId(row, stored.id()));
		assertEquivalent(data(this.rows.findMany()), List.of(read));
	}

	@Test
	void extremeInstantsRoundTrip() {
		// before 1970 and after 2038: outside MySQL's TIMESTAMP range
		AllTypes early = copy(row(1, "extremes", Roast.LIGHT, false, "-0.01"), Map.of("bornOn", LocalDate.of(1901, 1, 1),
				"roastedAt", LocalDateTime.of(1969, 7, 20, 20, 17, 40), "shippedAt", Instant.parse("1969-07-20T20:17:40Z"),
				"paidAt", OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 1_000, ZoneOffset.UTC)));

		AllTypes stored = block(this.rows.insert(early));

		assertEquivalent(block(this.rows.findOne(stored.id())), withId(early, stored.id()));
	}

	@Test
	void timeValuesReadBackTruncatedToMicroseconds() {
		LocalTime time = LocalTime.of(10, 11, 12, 123_456_789);
		LocalDateTime moment = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 987_654_999);
		Instant instant = Instant.parse("2024-01-02T03:04:05.000000999Z");
		OffsetDateTime offsetMoment = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 555_555_555, ZoneOffset.UTC);
		AllTypes precise = copy(row(2, "nanos", Roast.MEDIUM, true, "1"),
				Map.of("opensAt", time, "roastedAt", moment, "shippedAt", instant, "paidAt", offsetMoment));

		AllTypes read = block(this.rows.findOne(block(this.rows.insert(precise)).id()));

		// truncated, not rounded: the digits rounding would change are chosen on purpose
		assertThat(read.opensAt()).isEqualTo(time.truncatedTo(ChronoUnit.MICROS));
		assertThat(read.roastedAt()).isEqualTo(moment.truncatedTo(ChronoUnit.MICROS));
		assertThat(read.shippedAt()).isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
		assertThat(read.paidAt()).isEqualTo(offsetMoment.truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void anOffsetDateTimeKeepsItsInstant() {
		OffsetDateTime inParis = OffsetDateTime.of(2024, 6, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2));
		AllTypes stored = block(this.rows.insert(copy(row(4, "offset", Roast.DARK, true, "1"), Map.of("paidAt", inParis))));

		assertThat(block(this.rows.findOne(stored.id())).paidAt()).isAtSameInstantAs(inParis);
	}

	@Test
	void nullsRoundTripForNullableFields() {
		AllTypes empty = AllTypes.empty(UUID.randomUUID());

		block(this.rows.insert(empty));

		assertEquivalent(block(this.rows.findOne(empty.id())), empty);
		assertThat(data(this.rows.findMany(Query.where(Where.isNull("attributes").and(Where.isNull("roastedAt"))))))
			.extracting(AllTypes::id).containsExactly(empty.id());
	}

	@Test
	void emptyJsonValuesStayEmptyNotNull() {
		AllTypes empty = copy(row(5, "empty json", Roast.LIGHT, true, "0"), Map.of("text", "", "brewTime", Duration.ZERO,
				"picture", new byte[0], "attributes", Map.of(), "tags", List.of(), "luckyNumbers", Set.of()));

		AllTypes read = block(this.rows.findOne(block(this.rows.insert(empty)).id()));

		assertEquivalent(read, withId(empty, read.id()));
		assertThat(read.text()).isEmpty();
	}

	@Test
	void conditionsBindTypedValues() {
		AllTypes first = block(this.rows.insert(row(1, "first", Roast.DARK, true, "5.5")));
		AllTypes second = block(this.rows.insert(row(2, "second", Roast.LIGHT, false, "10.25")));
		AllTypes third = block(this.rows.insert(row(3, "third", Roast.DARK, true, "20")));

		assertThat(texts(Where.eq("roast", Roast.DARK))).containsExactly("first", "third");
		assertThat(texts(Map.of("roast", Roast.LIGHT))).containsExactly("second");
		assertThat(texts(Where.between("bornOn", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 1))))
			.containsExactly("second", "third");
		assertThat(texts(Where.eq("primitiveBoolean", true))).containsExactly("first", "third");
		assertThat(texts(Where.in("token", List.of(first.token(), second.token())))).containsExactly("first", "second");
		assertThat(texts(Where.eq("id", third.id()))).containsExactly("third");
		assertThat(texts(Where.gt("amount", new BigDecimal("10")))).containsExactly("second", "third");
		assertThat(texts(Where.lt("shippedAt", Instant.parse("2024-02-15T00:00:00Z")))).containsExactly("first", "second");
		assertThat(texts(Where.ge("roastedAt", second.roastedAt()))).containsExactly("second", "third");
		assertThat(texts(Where.eq("opensAt", first.opensAt()))).containsExactly("first");
		assertThat(texts(Where.le("paidAt", second.paidAt()))).containsExactly("first", "second");
		assertThat(texts(Where.lt("primitiveLong", Long.MAX_VALUE - 1))).containsExactly("second", "third");
		assertThat(data(this.rows.findMany(Query.all().orderBy("amount").order(Order.DESC))))
			.extracting(AllTypes::text).containsExactly("third", "second", "first");
	}

	@Test
	void aPlainClassRoundTrips() {
		TableOperations<Barista> baristas = table(Barista.class);
		Barista ann = new Barista(null, "Ann", 3, LocalDate.of(2020, 5, 1), Roast.DARK);

		Barista stored = block(baristas.insert(ann));
		assertThat(stored.getId()).isNotNull();
		assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(ann);
		stored.setName("Anna");
		block(baristas.update(stored));

		assertThat(block(baristas.findOne(stored.getId()))).usingRecursiveComparison().isEqualTo(stored);
		assertThat(data(baristas.findMany(Query.where(Map.of("name", "Anna"))))).singleElement()
			.usingRecursiveComparison().isEqualTo(stored);
	}

	private List<String> texts(Where condition) {
		return texts(Query.where(condition));
	}

	private List<String> texts(Map<String, ?> condition) {
		return texts(Query.where(condition));
	}

	private List<String> texts(Query query) {
		return data(this.rows.findMany(query)).stream().map(AllTypes::text).sorted().toList();
	}

	private static AllTypes withId(AllTypes row, UUID id) {
		return copy(row, Map.of("id", id));
	}

	/** A copy of the record with some components replaced, so that each test states only what it changes. */
	static <R extends Record> R copy(R record, Map<String, Object> changes) {
		RecordComponent[] components = record.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				String name = components[i].getName();
				types[i] = components[i].getType();
				values[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(record);
			}
			@SuppressWarnings("unchecked")
			R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
			return copy;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
