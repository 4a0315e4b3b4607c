package io.ormdantic.test.spring;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** The end of a chain of relations: {@code Cup -> Blend -> Origin}. */
@Table(name = "generated_origin", pk = "id")
public record Origin(UUID id, @Size(max = 40) String country) {
}
