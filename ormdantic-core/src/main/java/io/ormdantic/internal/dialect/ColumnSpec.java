package io.ormdantic.internal.dialect;

import io.ormdantic.internal.mapping.ColumnType;

/**
 * What a dialect needs to know of a column to name its SQL type: a description, not the mapping's column.
 *
 * @param type      the storage kind
 * @param length    maximum string length, 0 when unbounded
 * @param precision decimal precision, 0 for the default
 * @param scale     decimal scale
 * @param keyed     whether the column is in a key, index or unique constraint (some databases cannot index text types)
 */
public record ColumnSpec(ColumnType type, int length, int precision, int scale, boolean keyed) {
}
