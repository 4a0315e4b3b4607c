/**
 * Generators of values of one type under fixed constraints: numbers, strings, e-mail addresses, temporal values,
 * scalars and containers. Internal to ormdantic-test: may change without notice.
 */
@NullMarked
package io.ormdantic.test.internal.value;

import org.jspecify.annotations.NullMarked;
