package io.ormdantic.it;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** Models holding every mapped type of API.md section 1, as a record and as a plain class. */
public final class Types {

	private Types() {
	}

	/** Stored by name. */
	public enum Roast {
		/** Light. */
		LIGHT,
		/** Medium. */
		MEDIUM,
		/** Dark. */
		DARK
	}

	/** A nested record that is not a table: stored as JSON. */
	public record Address(String street, int number) {
	}

	/** One component of every mapped type; primitives are NOT NULL, everything else nullable. */
	@Table(name = "it_all_types", pk = "id")
	public record AllTypes(UUID id, String text, @Size(max = 20) String shortText, int primitiveInt, Integer boxedInt,
			long primitiveLong, Long boxedLong, short primitiveShort, double primitiveDouble, Double boxedDouble,
			float primitiveFloat, BigDecimal amount, boolean primitiveBoolean, Boolean boxedBoolean, UUID token,
			LocalDate bornOn, LocalTime opensAt, LocalDateTime roastedAt, Instant shippedAt, OffsetDateTime paidAt,
			Duration brewTime, byte[] picture, Roast roast, Map<String, Object> attributes, List<String> tags,
			Set<Integer> luckyNumbers, Address address) {

		/** Only the primitives set (they cannot be null); every nullable field null. */
		public static AllTypes empty(UUID id) {
			return new AllTypes(id, null, null, 0, null, 0L, null, (short) 0, 0.0, null, 0.0f, null, false, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null);
		}
	}

	/** A plain class model: a no-arg constructor and fields, the key first. */
	@Table(name = "it_barista", pk = "id", indexed = "name")
	public static class Barista {

		private UUID id;

		private String name;

		private int shots;

		private LocalDate hiredOn;

		private Roast favourite;

		/** For the mapper. */
		public Barista() {
		}

		/** A barista with every field set. */
		public Barista(UUID id, String name, int shots, LocalDate hiredOn, Roast favourite) {
			this.id = id;
			this.name = name;
			this.shots = shots;
			this.hiredOn = hiredOn;
			this.favourite = favourite;
		}

		/** The key. */
		public UUID getId() {
			return this.id;
		}

		/** The name. */
		public String getName() {
			return this.name;
		}

		/** Renames this barista. */
		public void setName(String name) {
			this.name = name;
		}

		/** Espresso shots a day. */
		public int getShots() {
			return this.shots;
		}

		/** The day this barista started. */
		public LocalDate getHiredOn() {
			return this.hiredOn;
		}

		/** The preferred roast. */
		public Roast getFavourite() {
			return this.favourite;
		}
	}
}
