/**
 * Renders SQL statements (schema, CRUD, queries with joins and conditions) from resolved models and queries; values
 * always travel as bind markers, never in the text. Rendering never runs a statement. Internal: may change without
 * notice.
 */
@NullMarked
package io.ormdantic.internal.sql;

import org.jspecify.annotations.NullMarked;
