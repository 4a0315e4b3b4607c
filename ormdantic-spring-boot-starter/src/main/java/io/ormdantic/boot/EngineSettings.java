package io.ormdantic.boot;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.Ormdantic;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;

/**
 * What the starter gives {@link Ormdantic.Builder} besides the models and the schema mode: the
 * {@code ormdantic.statement-timeout} and {@code ormdantic.retry.*} properties, and the application's
 * {@link ObservationRegistry}, {@link JsonMapper} and {@link Clock} when it has exactly one. A bean of its own, so
 * that tests can see what reached the engine without reading core's internals.
 *
 * @param statementTimeout    the statement timeout, or null for none
 * @param retryMaxAttempts    the attempts in all of an operation that fails transiently
 * @param retryBackoff        the wait before the first retry
 * @param observationRegistry the registry operations are observed in, or null for none
 * @param jsonMapper          the mapper of JSON columns, or null for core's default
 * @param clock               the clock of audit times, or null for core's default
 * @param acquireTimeout      the longest an operation waits for a connection over all of the pool's attempts
 *                            ({@code spring.r2dbc.pool.max-acquire-time}, which r2dbc-pool applies to each attempt),
 *                            or null for the pool's limits alone
 */
record EngineSettings(@Nullable Duration statementTimeout, int retryMaxAttempts, Duration retryBackoff,
		@Nullable ObservationRegistry observationRegistry, @Nullable JsonMapper jsonMapper, @Nullable Clock clock,
		@Nullable Duration acquireTimeout) {

	/** The settings without an acquire timeout of the engine's own. */
	EngineSettings(@Nullable Duration statementTimeout, int retryMaxAttempts, Duration retryBackoff,
			@Nullable ObservationRegistry observationRegistry, @Nullable JsonMapper jsonMapper, @Nullable Clock clock) {
		this(statementTimeout, retryMaxAttempts, retryBackoff, observationRegistry, jsonMapper, clock, null);
	}

	/** The settings of {@code properties} with the application's beans. */
	static EngineSettings of(OrmdanticProperties properties, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<Clock> clock, ObjectProvider<R2dbcProperties> r2dbc) {
		OrmdanticProperties.Retry retry = properties.getRetry();
		R2dbcProperties pool = r2dbc.getIfAvailable();
		return new EngineSettings(properties.getStatementTimeout(), retry.getMaxAttempts(), retry.getBackoff(),
				observationRegistry.getIfUnique(), jsonMapper.getIfUnique(), clock.getIfUnique(),
				(pool != null) ? pool.getPool().getMaxAcquireTime() : null);
	}

	/** Sets each setting on the builder; those left null keep core's defaults. */
	Ormdantic.Builder applyTo(Ormdantic.Builder builder) {
		builder.retry(this.retryMaxAttempts, this.retryBackoff);
		if (this.statementTimeout != null) {
			builder.statementTimeout(this.statementTimeout);
		}
		if (this.observationRegistry != null) {
			builder.observationRegistry(this.observationRegistry);
		}
		if (this.jsonMapper != null) {
			builder.jsonMapper(this.jsonMapper);
		}
		if (this.clock != null) {
			builder.clock(this.clock);
		}
		if (this.acquireTimeout != null) {
			builder.acquireTimeout(this.acquireTimeout);
		}
		return builder;
	}

}
