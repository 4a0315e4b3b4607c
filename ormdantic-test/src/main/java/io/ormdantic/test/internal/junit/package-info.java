/**
 * The JUnit side of {@code @GeneratedModel}: filling parameters, persisting and deleting rows for
 * {@code persist = true}, and reporting the seed of a failing test. Internal to ormdantic-test: may change without
 * notice.
 */
@NullMarked
package io.ormdantic.test.internal.junit;

import org.jspecify.annotations.NullMarked;
