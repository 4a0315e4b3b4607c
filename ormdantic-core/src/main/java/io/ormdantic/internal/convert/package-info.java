/**
 * Converts between Java values and the column values each database binds and returns: one converter per column,
 * built from the database's value storage (UUIDs as text, instants as UTC date-times where needed), time values at
 * the precision every database keeps, and query or key values coerced to their field's type. Internal: may change
 * without notice.
 */
@NullMarked
package io.ormdantic.internal.convert;

import org.jspecify.annotations.NullMarked;
