/**
 * Where generators get their seeds: from the running test's seed, so that failures report it and replays reproduce
 * every value, else fresh. Internal to ormdantic-test: may change without notice.
 */
@NullMarked
package io.ormdantic.test.internal.seed;

import org.jspecify.annotations.NullMarked;
