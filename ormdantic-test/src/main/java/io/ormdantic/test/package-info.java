/**
 * Random, valid models for tests: {@link io.ormdantic.test.Generator} and {@code @GeneratedModel} test parameters
 * resolved by {@link io.ormdantic.test.GeneratedModelExtension}, with Bean Validation constraints honoured, values
 * every supported database stores, and seeds that replay a failing test.
 */
@NullMarked
package io.ormdantic.test;

import org.jspecify.annotations.NullMarked;
