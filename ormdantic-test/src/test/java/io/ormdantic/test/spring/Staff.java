package io.ormdantic.test.spring;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** A table related to itself, with a generated positive {@code Long} key. */
@Table(name = "generated_staff", pk = "id")
public record Staff(Long id, @Size(max = 40) String name, Staff manager) {
}
