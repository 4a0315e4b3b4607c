package io.ormdantic.internal.execute;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

import io.ormdantic.Query;
import io.ormdantic.Result;
import io.ormdantic.TableOperations;
import io.ormdantic.internal.execute.Operations.Operation;
import io.ormdantic.internal.execute.Operations.Safety;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.sql.SqlStatement;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link TableOperations} of one model. Every operation is lazy (nothing runs before subscription), awaits the
 * engine's schema step until it has succeeded ({@link SchemaGate}), and reports bad input as an error signal.
 *
 * @param <T> the model type
 */
public final class DefaultTableOperations<T> implements TableOperations<T> {

	private static final ToIntFunction<Object> ONE = model -> 1;

	private final TableModel model;

	private final Class<T> type;

	private final EngineContext context;

	private final ModelWrites writes;

	private final GraphLoader loader;

	private final SchemaGate schema;

	private final Operations operations;

	/** Operations on {@code model}, each awaiting the engine's schema step until it has succeeded. */
	@SuppressWarnings("unchecked")
	public DefaultTableOperations(TableModel model, EngineContext context, SchemaGate schema) {
		this.model = model;
		this.type = (Class<T>) model.type();
		this.context = context;
		this.writes = new ModelWrites(model, context);
		this.loader = new GraphLoader(context);
		this.schema = schema;
		this.operations = context.operations();
	}

	@Override
	public Class<T> model() {
		return this.type;
	}

	@Override
	public Mono<T> insert(T instance) {
		return run("insert", null, Safety.WRITE, Mono.defer(() -> this.writes.insert(instance).map(this::cast)), ONE);
	}

	@Override
	public Flux<T> insertAll(Collection<? extends T> instances) {
		return ready(this.operations.flux(operation("insertAll", 0, null, Safety.TRANSACTION),
				Flux.defer(() -> this.writes.insertAll(instances).map(this::cast))));
	}

	@Override
	public Mono<T> findOne(Object pk) {
		return findOne(pk, 0);
	}

	@Override
	public Mono<T> findOne(Object pk, int depth) {
		Flux<T> rows = Flux.defer(() -> typed(this.loader.stream(this.model, depth,
				this.context.renderer().select(this.context.resolver().byKey(this.model, pk, depth)))));
		return ready(this.operations.mono(operation("findOne", depth, null, Safety.READ), this.context.runner().atMostOne(rows), ONE));
	}

	@Override
	public Mono<Result<T>> findMany() {
		return findMany(Query.all());
	}

	@Override
	public Mono<Result<T>> findMany(Query query) {
		Mono<Result<T>> result = Mono.defer(() -> this.loader.list(this.model, query.depth(), select(query)))
			.map(data -> new Result<>(query.offset(), query.limit(), typed(data)));
		return ready(this.operations.mono(operation("findMany", query, Safety.READ), result,
				page -> page.data().size()));
	}

	@Override
	public Flux<T> stream(Query query) {
		return ready(this.operations.flux(operation("stream", query, Safety.READ),
				Flux.defer(() -> typed(this.loader.stream(this.model, query.depth(), select(query))))));
	}

	/** The select of {@code query}, once it is checked and resolved. */
	private SqlStatement select(Query query) {
		return this.context.renderer().select(this.context.resolver().resolve(this.model, query));
	}

	@Override
	public Mono<T> update(T instance) {
		return run("update", null, Safety.WRITE, Mono.defer(() -> this.writes.update(instance).map(this::cast)), ONE);
	}

	@Override
	public Mono<T> upsert(T instance) {
		return run("upsert", null, Safety.WRITE, Mono.defer(() -> this.writes.upsert(instance).map(this::cast)), ONE);
	}

	@Override
	public Mono<Boolean> delete(Object keyOrModel) {
		return run("delete", null, Safety.WRITE, Mono.defer(() -> this.writes.delete(keyOrModel)), deleted -> deleted ? 1 : 0);
	}

	@Override
	public Mono<Long> count() {
		return count(Query.all());
	}

	@Override
	public Mono<Long> count(Query query) {
		return ready(this.operations.mono(operation("count", query, Safety.READ), Mono.defer(() -> {
			SqlStatement statement = this.context.renderer().count(this.context.resolver().resolve(this.model, query));
			StatementRunner runner = this.context.runner();
			return runner.atMostOne(runner.query(statement, row -> ((Number) row.get(0)).longValue())).defaultIfEmpty(0L);
		}), counted -> counted.intValue()));
	}

	/** An operation of depth 0 that awaits the schema step, then runs with what {@link Operations} gives it. */
	private <R> Mono<R> run(String name, @Nullable Duration timeout, Safety safety, Mono<R> work, ToIntFunction<? super R> rows) {
		return ready(this.operations.mono(operation(name, 0, timeout, safety), work, rows));
	}

	private Operation operation(String name, int depth, @Nullable Duration timeout, Safety safety) {
		return new Operation(name, this.model.simpleName(), depth, timeout, safety);
	}

	private Operation operation(String name, Query query, Safety safety) {
		return new Operation(name, this.model.simpleName(), query.depth(), query.timeout(), safety, query.primary());
	}

	private <R> Mono<R> ready(Mono<R> operation) {
		return this.schema.before(operation);
	}

	private <R> Flux<R> ready(Flux<R> operation) {
		return this.schema.before(operation);
	}

	/** The loader's rows as this model's type: every one was built by this model's accessor, so no per-row cast. */
	@SuppressWarnings("unchecked")
	private Flux<T> typed(Flux<Object> rows) {
		return (Flux<T>) (Flux<?>) rows;
	}

	/** The loader's list as this model's type, for the same reason. */
	@SuppressWarnings("unchecked")
	private List<T> typed(List<Object> rows) {
		return (List<T>) (List<?>) rows;
	}

	private T cast(Object instance) {
		return this.type.cast(instance);
	}
}
