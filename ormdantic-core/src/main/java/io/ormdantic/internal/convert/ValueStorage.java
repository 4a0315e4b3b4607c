package io.ormdantic.internal.convert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.internal.mapping.ColumnType;

/**
 * How one database binds and reads the values of each column type: the per-database strategy of value storage.
 * H2 and PostgreSQL share the {@link #standard()} storage; MySQL and MariaDB store UUIDs as text and instants as
 * UTC date-times ({@link #mysql()}).
 */
public final class ValueStorage {

	private static final ValueStorage STANDARD = new ValueStorage(Map.of());

	private static final ValueStorage MYSQL = new ValueStorage(Map.of(
			ColumnType.UUID, new ValueConverter(String.class, Object::toString, v -> UUID.fromString((String) v)),
			ColumnType.INSTANT, new ValueConverter(LocalDateTime.class, TemporalValues::utcLocalDateTime,
					TemporalValues::instant),
			ColumnType.OFFSET_DATETIME, new ValueConverter(LocalDateTime.class, TemporalValues::utcLocalDateTime,
					TemporalValues::offsetDateTime)));

	private final Map<ColumnType, ValueConverter> converters = new EnumMap<>(ColumnType.class);

	private ValueStorage(Map<ColumnType, ValueConverter> overrides) {
		for (ColumnType type : ColumnType.values()) {
			this.converters.put(type, overrides.getOrDefault(type, standardStorage(type)));
		}
	}

	/** Native types for UUIDs and instants (H2, PostgreSQL). */
	public static ValueStorage standard() {
		return STANDARD;
	}

	/** UUIDs as {@code CHAR(36)} text, instants and offset date-times as UTC {@code DATETIME(6)} (MySQL, MariaDB). */
	public static ValueStorage mysql() {
		return MYSQL;
	}

	/** How values of {@code type} are bound and read. */
	public ValueConverter of(ColumnType type) {
		return this.converters.get(type);
	}

	private static ValueConverter standardStorage(ColumnType type) {
		return switch (type) {
			case STRING, ENUM, JSON -> ValueConverter.identity(String.class);
			case INTEGER -> ValueConverter.identity(Integer.class);
			case LONG -> ValueConverter.identity(Long.class);
			case SHORT -> ValueConverter.identity(Short.class);
			case DOUBLE -> ValueConverter.identity(Double.class);
			case FLOAT -> ValueConverter.identity(Float.class);
			case DECIMAL -> ValueConverter.identity(BigDecimal.class);
			case BOOLEAN -> ValueConverter.identity(Boolean.class);
			case UUID -> ValueConverter.identity(UUID.class);
			case DATE -> ValueConverter.identity(LocalDate.class);
			case TIME -> new ValueConverter(LocalTime.class, TemporalValues::time, ValueConverter.AS_IS);
			case DATETIME -> new ValueConverter(LocalDateTime.class, TemporalValues::dateTime, ValueConverter.AS_IS);
			case INSTANT -> new ValueConverter(OffsetDateTime.class, TemporalValues::utcOffsetDateTime, TemporalValues::instant);
			case OFFSET_DATETIME -> new ValueConverter(OffsetDateTime.class, TemporalValues::utcOffsetDateTime,
					TemporalValues::offsetDateTime);
			case DURATION -> new ValueConverter(Long.class, TemporalValues::durationNanos, TemporalValues::duration);
			case BYTES -> new ValueConverter(byte[].class, ValueConverter.AS_IS, TemporalValues::bytes);
		};
	}
}
