/**
 * Plans how to generate each record or class, built once per type and shared by every generator of it, with
 * cycles between models resolved. Internal to ormdantic-test: may change without notice.
 */
@NullMarked
package io.ormdantic.test.internal.generate;

import org.jspecify.annotations.NullMarked;
