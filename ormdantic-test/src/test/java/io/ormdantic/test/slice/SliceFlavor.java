package io.ormdantic.test.slice;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A flavor of the slice tests.
 *
 * @param id   the key
 * @param name the flavor
 */
@Table(name = "slice_flavor", pk = "id")
public record SliceFlavor(UUID id, @Size(max = 63) String name) {
}
