/**
 * Reads models once into table models: fields, columns, keys, relations, back references and indexes, checked
 * against the table rules, with generated access to read and create instances. Knows no SQL, dialect or
 * execution. Internal: may change without notice.
 */
@NullMarked
package io.ormdantic.internal.mapping;

import org.jspecify.annotations.NullMarked;
