package io.ormdantic.test.internal.value;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.LongFunction;

import io.ormdantic.test.internal.constraint.TimeWindow;

/**
 * Dates, times and durations that every supported database stores as they are: at microsecond precision, in
 * years 1970 to 2100, offsets at UTC. {@code @Past} and {@code @Future} draw from fixed windows (before 2020,
 * from 2050) rather than from the clock, so that a seed replays the same values on any day.
 */
public final class TemporalGenerators {

	private static final long MICROS_PER_SECOND = 1_000_000L;

	private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

	private static final Map<TimeWindow, long[]> WINDOWS = Map.of(
			TimeWindow.ANY, window(LocalDate.of(1970, 1, 1), LocalDate.of(2101, 1, 1)),
			TimeWindow.PAST, window(LocalDate.of(1970, 1, 1), LocalDate.of(2020, 1, 1)),
			TimeWindow.FUTURE, window(LocalDate.of(2050, 1, 1), LocalDate.of(2101, 1, 1)));

	/** Each supported type, made from microseconds since the epoch (or since midnight, or of length). */
	private static final Map<Class<?>, LongFunction<Object>> TYPES = Map.of(
			Instant.class, TemporalGenerators::instant,
			LocalDateTime.class, (micros) -> LocalDateTime.ofInstant(instant(micros), ZoneOffset.UTC),
			OffsetDateTime.class, (micros) -> instant(micros).atOffset(ZoneOffset.UTC),
			ZonedDateTime.class, (micros) -> instant(micros).atZone(ZoneOffset.UTC),
			LocalDate.class, (micros) -> LocalDate.ofEpochDay(Math.floorDiv(micros, MICROS_PER_DAY)),
			LocalTime.class, (micros) -> LocalTime.ofNanoOfDay(Math.floorMod(micros, MICROS_PER_DAY) * 1000),
			Duration.class, (micros) -> Duration.ofNanos(Math.floorMod(micros, 30 * MICROS_PER_DAY) * 1000));

	private TemporalGenerators() {
	}

	/** Whether the class is a supported time type. */
	public static boolean supports(Class<?> type) {
		return TYPES.containsKey(type);
	}

	/** A generator of values of {@code type} in {@code window}. */
	public static ValueGenerator create(Class<?> type, TimeWindow window) {
		LongFunction<Object> factory = TYPES.get(type);
		long[] micros = WINDOWS.get(window);
		long from = micros[0];
		long to = micros[1];
		return (context) -> factory.apply(context.random().nextLong(from, to));
	}

	private static long[] window(LocalDate from, LocalDate until) {
		return new long[] { from.toEpochDay() * MICROS_PER_DAY, until.toEpochDay() * MICROS_PER_DAY };
	}

	private static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
	}
}
