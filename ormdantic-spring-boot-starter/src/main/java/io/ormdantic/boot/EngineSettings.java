package io.ormdantic.boot;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.Ormdantic;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;

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
 */
record EngineSettings(@Nullable Duration statementTimeout, int retryMaxAttempts, Duration retryBackoff,
		@Nullable ObservationRegistry observationRegistry, @Nullable JsonMapper jsonMapper, @Nullable Clock clock) {

	/** The settings of {@code properties} with the application's beans. */
	static EngineSettings of(OrmdanticProperties properties, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<Clock> clock) {
		OrmdanticProperties.Retry retry = properties.getRetry();
		return new EngineSettings(properties.getStatementTimeout(), retry.getMaxAttempts(), retry.getBackoff(),
				observationRegistry.getIfUnique(), jsonMapper.getIfUnique(), clock.getIfUnique());
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
		return builder;
	}

}
