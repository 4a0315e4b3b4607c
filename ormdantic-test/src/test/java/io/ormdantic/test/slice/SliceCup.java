package io.ormdantic.test.slice;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A cup of a flavor, so that persisting one inserts its flavor first.
 *
 * @param id     the key
 * @param size   the size
 * @param flavor the flavor
 */
@Table(name = "slice_cup", pk = "id")
public record SliceCup(UUID id, @Size(max = 15) String size, SliceFlavor flavor) {
}
