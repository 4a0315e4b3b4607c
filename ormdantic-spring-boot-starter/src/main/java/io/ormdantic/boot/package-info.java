/**
 * Spring Boot auto-configuration for Ormdantic: the connection factory for {@code ormdantic.connection} (or an
 * embedded H2 database), scanning of {@code @Table} models, one {@code TableOperations<M>} bean per model, schema
 * initialization per {@code ormdantic.schema} (after Flyway or Liquibase migrations, validating by default under
 * them), the {@code ormdantic} actuator endpoint, and failure analyzers that explain startup failures.
 */
@NullMarked
package io.ormdantic.boot;

import org.jspecify.annotations.NullMarked;
