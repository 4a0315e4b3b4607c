/**
 * Runs rendered statements over R2DBC: the table operations behind {@code TableOperations}, schema management,
 * reading rows into models and assembling relation and back-reference graphs with as few statements as possible.
 * Internal: may change without notice.
 */
@NullMarked
package io.ormdantic.internal.execute;

import org.jspecify.annotations.NullMarked;
