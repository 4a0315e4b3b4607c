/**
 * The coffee shop's WebFlux endpoints: one generic controller per model, query parameters read into Ormdantic
 * queries through the models' metadata, and errors answered as RFC 9457 problem details.
 */
@NullMarked
package io.ormdantic.sample.web;

import org.jspecify.annotations.NullMarked;
