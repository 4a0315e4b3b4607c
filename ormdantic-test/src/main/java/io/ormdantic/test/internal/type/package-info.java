/**
 * Resolves the types of fields at one use of their owner: type variables bound and type-use annotations kept, where
 * core's metadata gives them as declared. Internal to ormdantic-test: may change without notice.
 */
@NullMarked
package io.ormdantic.test.internal.type;

import org.jspecify.annotations.NullMarked;
