package io.ormdantic.test.spring;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** Two relations deep: its blend and the blend's origin are inserted first. */
@Table(name = "generated_cup", pk = "id")
public record Cup(UUID id, @Size(max = 30) String size, Blend blend) {
}
