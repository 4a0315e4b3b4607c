package io.ormdantic.internal.mapping;

/** The storage kind of a column, chosen from the Java type; dialects turn it into SQL types and codecs. */
public enum ColumnType {
	/** {@code String}. */ STRING,
	/** {@code int}/{@code Integer}. */ INTEGER,
	/** {@code long}/{@code Long}. */ LONG,
	/** {@code short}/{@code Short}. */ SHORT,
	/** {@code double}/{@code Double}. */ DOUBLE,
	/** {@code float}/{@code Float}. */ FLOAT,
	/** {@code BigDecimal}. */ DECIMAL,
	/** {@code boolean}/{@code Boolean}. */ BOOLEAN,
	/** {@code UUID}. */ UUID,
	/** {@code LocalDate}. */ DATE,
	/** {@code LocalTime}. */ TIME,
	/** {@code LocalDateTime}. */ DATETIME,
	/** {@code Instant}. */ INSTANT,
	/** {@code OffsetDateTime}, stored as an instant and read back at UTC. */ OFFSET_DATETIME,
	/** {@code Duration}, stored as nanoseconds. */ DURATION,
	/** {@code byte[]}. */ BYTES,
	/** An enum, stored by constant name. */ ENUM,
	/** Maps, collections of non-models and nested non-table types, stored as JSON via Jackson. */ JSON;

	/** Whether a value of this type is a point or span of time, kept at microsecond precision. */
	public boolean isTemporal() {
		return this == TIME || this == DATETIME || this == INSTANT || this == OFFSET_DATETIME || this == DURATION;
	}
}
