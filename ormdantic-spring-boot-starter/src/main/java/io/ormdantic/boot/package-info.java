/**
 * Spring Boot auto-configuration for Ormdantic: {@code ormdantic.connection} as Boot's R2DBC connection details (Boot
 * builds the pool; other connection details win; a URL may list several hosts), the read replicas of
 * {@code ormdantic.replicas} (pooled as Boot pools the primary), scanning of {@code @Table} models, one {@code TableOperations<M>}
 * bean per model, the engine's settings ({@code ormdantic.statement-timeout}, {@code ormdantic.retry.*}, the
 * application's {@code ObservationRegistry}), schema initialization per {@code ormdantic.schema} as one of Boot's
 * database initializers (after Flyway or Liquibase migrations, before {@code spring.sql.init} scripts), the scanned
 * models' native-image hints, the {@code ormdantic} actuator endpoint, and failure analyzers that explain startup
 * failures.
 */
@NullMarked
package io.ormdantic.boot;

import org.jspecify.annotations.NullMarked;
