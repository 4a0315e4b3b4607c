/**
 * Reads the Bean Validation constraints at one use of a type into the limits the generators work with: sizes,
 * numeric bounds, patterns and time windows. Internal to ormdantic-test: may change without notice.
 */
@NullMarked
package io.ormdantic.test.internal.constraint;

import org.jspecify.annotations.NullMarked;
