package io.ormdantic.internal.execute;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options an engine is built with, as the builder collected them.
 *
 * @param json             reads and writes JSON columns
 * @param clock            the time of audit fields
 * @param statementTimeout the engine's statement timeout ({@code Duration.ZERO}: none)
 * @param retry            how transient failures are retried
 * @param observations     where observations go, or null for none
 * @param replicas         the read replicas, possibly none
 * @param acquireTimeout   the longest an operation waits to get a connection, over all of the pool's attempts, or
 *                         null to leave it to the pool
 */
public record EngineOptions(JsonMapper json, Clock clock, Duration statementTimeout, RetryPolicy retry,
		@Nullable ObservationRegistry observations, List<ConnectionFactory> replicas, @Nullable Duration acquireTimeout) {
}
