/**
 * The public, read-only metadata of models as Ormdantic stores them: tables, keys, fields with their columns and
 * roles, indexes and unique constraints, reached through {@link io.ormdantic.metadata.ModelMetadata#of(Class)} or
 * {@code OrmdanticTemplate.metadata(Class)}. Tools such as generators, query builders and request parsers read
 * models here instead of with their own reflection.
 */
@NullMarked
package io.ormdantic.metadata;

import org.jspecify.annotations.NullMarked;
