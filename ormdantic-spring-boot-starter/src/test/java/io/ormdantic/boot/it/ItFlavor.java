package io.ormdantic.boot.it;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/** The test application's model, in a table of its own. */
@Table(name = "boot_it_flavor", pk = "id", indexed = "name")
public record ItFlavor(UUID id, @Size(max = 63) String name) {
}
