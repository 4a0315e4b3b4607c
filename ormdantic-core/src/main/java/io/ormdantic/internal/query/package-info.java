/**
 * Resolves what a caller asks for before anything is rendered: select plans (the joins a depth needs), field paths,
 * operators, bounds and values coerced to their columns, as {@code ResolvedQuery}s that the renderers only print.
 * Internal: may change without notice.
 */
@NullMarked
package io.ormdantic.internal.query;

import org.jspecify.annotations.NullMarked;
