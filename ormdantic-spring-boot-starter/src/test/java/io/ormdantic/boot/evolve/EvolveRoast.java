package io.ormdantic.boot.evolve;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A model whose table the schema evolution tests create by hand, one difference short of it: a column missing, of
 * another type, or without its index.
 *
 * @param id       the key
 * @param name     an indexed name
 * @param strength a number, the field added to the model after its table was created
 */
@Table(name = "boot_evolve_roast", pk = "id", indexed = "name")
public record EvolveRoast(UUID id, @Size(max = 63) String name, Integer strength) {
}
