package io.ormdantic.boot.models;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** A coffee referencing a flavor, in tables of this module only. */
@Table(name = "boot_coffee", pk = "id")
public record BootCoffee(UUID id, @Size(max = 63) String sweetener, Integer sweetenerCount, BootFlavor flavor) {
}
