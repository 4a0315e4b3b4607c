package io.ormdantic.internal.convert;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Shared conversions of time and binary values. Time values are cut to microseconds, the finest precision
 * every supported database keeps, so a value read back equals the value stored.
 */
public final class TemporalValues {

	private TemporalValues() {
	}

	/** Truncates a {@code LocalTime} to microseconds. */
	public static Object time(Object value) {
		return ((LocalTime) value).truncatedTo(ChronoUnit.MICROS);
	}

	/** Truncates a {@code LocalDateTime} to microseconds. */
	public static Object dateTime(Object value) {
		return ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
	}

	/** An {@code Instant} or {@code OffsetDateTime} as an {@code OffsetDateTime} at UTC, cut to microseconds. */
	public static Object utcOffsetDateTime(Object value) {
		Instant instant = value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	/** An {@code Instant} or {@code OffsetDateTime} as a UTC {@code LocalDateTime}, cut to microseconds. */
	public static Object utcLocalDateTime(Object value) {
		return ((OffsetDateTime) utcOffsetDateTime(value)).toLocalDateTime();
	}

	/** A database timestamp ({@code OffsetDateTime}, UTC {@code LocalDateTime} or {@code Instant}) as an {@code Instant}. */
	public static Object instant(Object value) {
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant();
		}
		if (value instanceof LocalDateTime ldt) {
			return ldt.toInstant(ZoneOffset.UTC);
		}
		return value;
	}

	/** A database timestamp as an {@code OffsetDateTime} at UTC. */
	public static Object offsetDateTime(Object value) {
		return ((Instant) instant(value)).atOffset(ZoneOffset.UTC);
	}

	/** A {@code Duration} as nanoseconds, cut to microseconds. */
	public static Object durationNanos(Object value) {
		return ((Duration) value).truncatedTo(ChronoUnit.MICROS).toNanos();
	}

	/** Nanoseconds as a {@code Duration}. */
	public static Object duration(Object value) {
		return Duration.ofNanos(((Number) value).longValue());
	}

	/** Driver binary values ({@code byte[]} or {@code ByteBuffer}) as {@code byte[]}. */
	public static Object bytes(Object value) {
		if (value instanceof ByteBuffer buffer) {
			byte[] bytes = new byte[buffer.remaining()];
			buffer.duplicate().get(bytes);
			return bytes;
		}
		return value;
	}
}
