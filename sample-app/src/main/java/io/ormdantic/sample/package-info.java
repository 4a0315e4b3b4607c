/**
 * A coffee-shop REST service built on the Ormdantic Spring Boot starter, showing how an application uses
 * Ormdantic's public API.
 */
@NullMarked
package io.ormdantic.sample;

import org.jspecify.annotations.NullMarked;
