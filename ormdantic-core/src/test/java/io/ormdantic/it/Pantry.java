package io.ormdantic.it;

import java.util.UUID;

import io.ormdantic.Table;
import io.ormdantic.Unique;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Models for the schema: SQL keywords as table and column names, unique constraints, a NOT NULL field. */
public final class Pantry {

	private Pantry() {
	}

	/** A table named {@code select} with columns named {@code order}, {@code group} and {@code from}. */
	@Table(name = "select", pk = "id", indexed = "order")
	public record Selection(UUID id, @Size(max = 20) String order, String group, Integer from) {
	}

	/** A unique code, a composite unique constraint, and a field that may not be null. */
	@Table(name = "it_bean", pk = "id", unique = "code", uniqueConstraints = @Unique({ "origin", "farm" }))
	public record Bean(UUID id, @NotNull @Size(max = 20) String code, @Size(max = 40) String origin,
			@Size(max = 40) String farm) {
	}
}
