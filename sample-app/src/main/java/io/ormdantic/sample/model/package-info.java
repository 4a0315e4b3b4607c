/**
 * The coffee shop's {@code @Table} models: flavors and the coffees that reference them.
 */
@NullMarked
package io.ormdantic.sample.model;

import org.jspecify.annotations.NullMarked;
