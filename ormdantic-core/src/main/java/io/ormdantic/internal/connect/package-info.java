/**
 * Opening connections beyond what one driver does: a connection factory that fails over between the hosts a URL
 * lists, for drivers that take a single host. Internal: may change without notice.
 */
@NullMarked
package io.ormdantic.internal.connect;

import org.jspecify.annotations.NullMarked;
