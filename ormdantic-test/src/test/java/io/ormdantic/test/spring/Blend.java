package io.ormdantic.test.spring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A table with column types of every kind and a relation. */
@Table(name = "generated_blend", pk = "id", unique = "name")
public record Blend(UUID id, @NotBlank @Size(max = 63) String name, Strength strength, Integer beans,
		LocalDateTime roastedAt, Instant packedAt, boolean organic, Origin origin) {

	/** An enum column. */
	public enum Strength {

		MILD, MEDIUM, STRONG
	}
}
