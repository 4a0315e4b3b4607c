package io.ormdantic.internal.execute;

import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The one-time schema step of an engine, which every table operation awaits until it has succeeded. Whoever
 * subscribes first (an early operation or the application's startup) runs the step; later subscribers share its
 * outcome, so a drop-and-create never drops rows that an early operation wrote. A failed step fails every operation
 * as it failed.
 */
public final class SchemaGate {

	private static final SchemaGate OPEN = new SchemaGate();

	private final Mono<Void> step;

	/** Set once the step has succeeded: later operations are assembled without waiting for it. */
	private volatile boolean open;

	private SchemaGate() {
		this.step = Mono.empty();
		this.open = true;
	}

	private SchemaGate(Supplier<Mono<Void>> step) {
		// Context.empty(): the step must not join the transaction of the operation that triggered it, else a rollback
		// would undo the DDL (PostgreSQL) while the cache already reports the schema as up.
		this.step = Mono.defer(step).doOnSuccess(done -> this.open = true).contextWrite(context -> Context.empty()).cache();
	}

	/** No step: operations run at once (the schema is the caller's business, through {@code init()}). */
	public static SchemaGate open() {
		return OPEN;
	}

	/** A gate that runs {@code step} once, on the first subscription to {@link #ready()} or to an operation. */
	public static SchemaGate runningOnce(Supplier<Mono<Void>> step) {
		return new SchemaGate(step);
	}

	/** Completes when the step has succeeded (running it if nobody has yet); fails as it failed. */
	public Mono<Void> ready() {
		return this.step;
	}

	/** {@code operation}, after the step once it has succeeded. */
	public <R> Mono<R> before(Mono<R> operation) {
		return this.open ? operation : this.step.then(operation);
	}

	/** {@code operation}, after the step once it has succeeded. */
	public <R> Flux<R> before(Flux<R> operation) {
		return this.open ? operation : this.step.thenMany(operation);
	}
}
