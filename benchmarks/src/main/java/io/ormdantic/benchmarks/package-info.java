/**
 * JMH benchmarks that measure Ormdantic beside hand-written {@code DatabaseClient} code and Spring Data R2DBC on
 * the same databases, tables and data, through Ormdantic's public API only.
 */
@NullMarked
package io.ormdantic.benchmarks;

import org.jspecify.annotations.NullMarked;
