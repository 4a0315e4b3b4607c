package io.ormdantic.test.spring;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.ormdantic.CreatedAt;
import io.ormdantic.Table;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import jakarta.validation.constraints.Size;

/** A versioned table with a primitive {@code int} version and the other two audit time types. */
@Table(name = "generated_branch", pk = "id")
public record Branch(UUID id, @Size(max = 40) String city, @Version int version, @CreatedAt OffsetDateTime openedAt,
		@UpdatedAt LocalDateTime touchedAt) {

	/** This branch in {@code newCity}, its version unchanged. */
	public Branch withCity(String newCity) {
		return new Branch(this.id, newCity, this.version, this.openedAt, this.touchedAt);
	}
}
