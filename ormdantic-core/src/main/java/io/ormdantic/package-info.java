/**
 * The public API of Ormdantic: {@link io.ormdantic.Ormdantic} to connect and register models,
 * {@link io.ormdantic.OrmdanticTemplate} and {@link io.ormdantic.TableOperations} for reactive CRUD per model,
 * {@link io.ormdantic.Query} and {@link io.ormdantic.Where} to describe rows, the {@link io.ormdantic.Table}
 * annotations that declare models, and the {@link io.ormdantic.OrmdanticException}s raised by Ormdantic's own
 * checks. Applications use this package and {@code io.ormdantic.metadata}, never {@code io.ormdantic.internal}.
 */
@NullMarked
package io.ormdantic;

import org.jspecify.annotations.NullMarked;
