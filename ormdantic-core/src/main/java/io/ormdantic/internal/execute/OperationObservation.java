package io.ormdantic.internal.execute;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The {@code ormdantic.operation} observation of one operation: started on subscription, a child of the observation
 * in the subscriber's Reactor context, and put there itself so that the driver's statement observations nest inside;
 * stopped on completion, error (recorded) or cancellation.
 */
final class OperationObservation {

	/** The observation name. */
	static final String NAME = "ormdantic.operation";

	/**
	 * The Reactor context key under which Micrometer's context propagation keeps the current observation (the value
	 * of {@code ObservationThreadLocalAccessor.KEY}, named here so that context-propagation need not be present).
	 */
	static final String CONTEXT_KEY = "micrometer.observation";

	private OperationObservation() {
	}

	static <R> Mono<R> mono(ObservationRegistry registry, String system, Operations.Operation operation, Mono<R> run,
			ToIntFunction<? super R> rows) {
		return Mono.deferContextual(context -> {
			Observation observation = start(registry, system, operation, context);
			// Stopped before the end reaches the caller (doFinally would stop it after), so it is never late.
			return run.doOnSuccess(value -> {
				observation.highCardinalityKeyValue("ormdantic.rows", String.valueOf((value != null) ? rows.applyAsInt(value) : 0));
				observation.stop();
			})
				.doOnError(failure -> stopWith(observation, failure))
				.doOnCancel(() -> cancelled(observation))
				.contextWrite(inner -> inner.put(CONTEXT_KEY, observation));
		});
	}

	static <R> Flux<R> flux(ObservationRegistry registry, String system, Operations.Operation operation, Flux<R> run) {
		return Flux.deferContextual(context -> {
			Observation observation = start(registry, system, operation, context);
			AtomicInteger rows = new AtomicInteger();
			return run.doOnNext(value -> rows.incrementAndGet())
				.doOnComplete(() -> {
					observation.highCardinalityKeyValue("ormdantic.rows", String.valueOf(rows.get()));
					observation.stop();
				})
				.doOnError(failure -> stopWith(observation, failure))
				.doOnCancel(() -> cancelled(observation))
				.contextWrite(inner -> inner.put(CONTEXT_KEY, observation));
		});
	}

	/** Says in the operation's observation which node serves it ({@code ormdantic.node}: primary or replica). */
	static void node(ContextView context, boolean replica) {
		Object current = context.getOrDefault(CONTEXT_KEY, null);
		if (current instanceof Observation observation) {
			observation.lowCardinalityKeyValue("ormdantic.node", replica ? "replica" : "primary");
		}
	}

	/** Counts a retry in the operation's observation, which {@link #mono}/{@link #flux} put in the context. */
	static void retried(ContextView context, long retries, Throwable failure) {
		Object current = context.getOrDefault(CONTEXT_KEY, null);
		if (current instanceof Observation observation) {
			observation.highCardinalityKeyValue("ormdantic.retries", String.valueOf(retries));
			observation.event(Observation.Event.of("ormdantic.retry", "retry after " + failure.getClass().getSimpleName()));
		}
	}

	private static Observation start(ObservationRegistry registry, String system, Operations.Operation operation,
			ContextView context) {
		Observation observation = Observation.createNotStarted(NAME, registry)
			.contextualName(operation.name() + " " + operation.model())
			.lowCardinalityKeyValues(KeyValues.of("ormdantic.model", operation.model(), "ormdantic.operation",
					operation.name(), "db.system", system, "ormdantic.node", "primary"))
			.highCardinalityKeyValue("ormdantic.depth", String.valueOf(operation.depth()));
		Object parent = context.getOrDefault(CONTEXT_KEY, null);
		if (parent instanceof Observation parentObservation) {
			observation.parentObservation(parentObservation);
		}
		return observation.start();
	}

	private static void stopWith(Observation observation, Throwable failure) {
		observation.error(failure);
		observation.stop();
	}

	private static void cancelled(Observation observation) {
		observation.event(Observation.Event.of("ormdantic.cancel", "cancelled by the subscriber"));
		observation.stop();
	}
}
