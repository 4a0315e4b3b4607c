package io.ormdantic.boot.models;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** A flavor, in tables of this module only. */
@Table(name = "boot_flavor", pk = "id", indexed = "name")
public record BootFlavor(UUID id, @Size(max = 63) String name) {
}
