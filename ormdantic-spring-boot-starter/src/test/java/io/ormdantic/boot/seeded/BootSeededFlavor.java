package io.ormdantic.boot.seeded;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A flavor whose rows a {@code spring.sql.init} data script inserts; its key is the database's identity, so the
 * script names only the flavor.
 *
 * @param id   the key, given by the database
 * @param name the flavor
 */
@Table(name = "boot_seeded_flavor", pk = "id")
public record BootSeededFlavor(Long id, @Size(max = 63) String name) {
}
