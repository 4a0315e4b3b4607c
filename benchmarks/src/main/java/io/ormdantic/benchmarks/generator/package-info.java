/**
 * JMH benchmarks of ormdantic-test's {@code Generator} beside Instancio.
 */
@NullMarked
package io.ormdantic.benchmarks.generator;

import org.jspecify.annotations.NullMarked;
