package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.ormdantic.Query;
import io.ormdantic.Result;
import io.ormdantic.RowNotFoundException;
import io.ormdantic.TableOperations;
import io.ormdantic.internal.convert.ValueCoercion;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.query.QueryResolver;
import io.ormdantic.internal.sql.SqlStatement;
import io.ormdantic.internal.sql.TableStatements;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link TableOperations} of one model. Every operation is lazy (nothing runs before subscription), awaits the
 * engine's schema step until it has succeeded ({@link SchemaGate}), and reports bad input as an error signal.
 *
 * @param <T> the model type
 */
public final class DefaultTableOperations<T> implements TableOperations<T> {

	private final TableModel model;

	private final Class<T> type;

	private final EngineContext context;

	private final ModelWriter writer;

	private final GraphLoader loader;

	private final TableStatements statements;

	private final SchemaGate schema;

	/** Operations on {@code model}, each awaiting the engine's schema step until it has succeeded. */
	@SuppressWarnings("unchecked")
	public DefaultTableOperations(TableModel model, EngineContext context, SchemaGate schema) {
		this.model = model;
		this.type = (Class<T>) model.type();
		this.context = context;
		this.writer = new ModelWriter(model, context::model, context::converter);
		this.loader = new GraphLoader(context);
		this.statements = context.statements(model);
		this.schema = schema;
	}

	@Override
	public Class<T> model() {
		return this.type;
	}

	@Override
	public Mono<T> insert(T instance) {
		return ready(Mono.defer(() -> insertOne(this.writer.prepare(instance, false))));
	}

	private Mono<T> insertOne(ModelWriter.Prepared prepared) {
		SqlStatement statement = new SqlStatement(this.statements.insert(!prepared.generatedKey(), 1),
				this.writer.parameters(prepared));
		if (prepared.generatedKey()) {
			ColumnModel pk = this.model.primaryKey();
			return this.context.runner().insertReturningKey(statement, pk.column())
				.map(key -> cast(this.writer.withKey(prepared, ValueCoercion.coerce(this.model, pk, key))));
		}
		return this.context.runner().update(statement).thenReturn(cast(prepared.model()));
	}

	@Override
	public Flux<T> insertAll(Collection<? extends T> instances) {
		return ready(Flux.defer(() -> {
			List<ModelWriter.Prepared> prepared = new ArrayList<>(instances.size());
			for (T instance : instances) {
				prepared.add(this.writer.prepare(instance, false));
			}
			List<ModelWriter.Prepared> keyed = prepared.stream().filter(p -> !p.generatedKey()).toList();
			// Rows whose key the database generates go one by one: not every driver returns all keys of a multi-row insert.
			Flux<T> generated = Flux.fromIterable(prepared).filter(ModelWriter.Prepared::generatedKey).concatMap(this::insertOne);
			List<List<ModelWriter.Prepared>> chunks = Chunks.of(keyed, this.statements.rowsPerInsert(true));
			Flux<Long> batches = Flux.fromIterable(chunks).concatMap(chunk -> this.context.runner().update(multiRowInsert(chunk)));
			Flux<T> all = batches.thenMany(generated).collectList()
				.flatMapIterable(generatedModels -> inOrder(prepared, generatedModels));
			// One statement is all or nothing on its own: a transaction around it would only add BEGIN and COMMIT.
			int statementCount = chunks.size() + prepared.size() - keyed.size();
			return statementCount > 1 ? this.context.runner().transactional(all) : all;
		}));
	}

	private SqlStatement multiRowInsert(List<ModelWriter.Prepared> chunk) {
		List<Parameter> parameters = new ArrayList<>();
		chunk.forEach(p -> parameters.addAll(this.writer.parameters(p)));
		return new SqlStatement(this.statements.insert(true, chunk.size()), parameters);
	}

	private List<T> inOrder(List<ModelWriter.Prepared> prepared, List<T> generatedModels) {
		List<T> result = new ArrayList<>(prepared.size());
		int next = 0;
		for (ModelWriter.Prepared p : prepared) {
			result.add(p.generatedKey() ? generatedModels.get(next++) : cast(p.model()));
		}
		return result;
	}

	@Override
	public Mono<T> findOne(Object pk) {
		return findOne(pk, 0);
	}

	@Override
	public Mono<T> findOne(Object pk, int depth) {
		Flux<T> rows = Flux.defer(() -> typed(this.loader.stream(this.model, depth,
				this.context.renderer().select(this.context.resolver().byKey(this.model, pk, depth)))));
		return ready(this.context.runner().atMostOne(rows));
	}

	@Override
	public Mono<Result<T>> findMany() {
		return findMany(Query.all());
	}

	@Override
	public Mono<Result<T>> findMany(Query query) {
		return ready(Mono.defer(() -> this.loader.list(this.model, query.depth(), select(query))))
			.map(data -> new Result<>(query.offset(), query.limit(), typed(data)));
	}

	@Override
	public Flux<T> stream(Query query) {
		return ready(Flux.defer(() -> typed(this.loader.stream(this.model, query.depth(), select(query)))));
	}

	/** The select of {@code query}, once it is checked and resolved. */
	private SqlStatement select(Query query) {
		return this.context.renderer().select(this.context.resolver().resolve(this.model, query));
	}

	@Override
	public Mono<T> update(T instance) {
		return ready(Mono.defer(() -> {
			ModelWriter.Prepared prepared = this.writer.prepare(instance, true);
			SqlStatement statement = new SqlStatement(this.statements.update(), this.writer.updateParameters(prepared));
			return this.context.runner().update(statement).flatMap(rows -> rows > 0 ? Mono.just(cast(prepared.model()))
					: existsOrFail(prepared.values()[0]).thenReturn(cast(prepared.model())));
		}));
	}

	/** MySQL counts only changed rows, so an update that changed nothing is told apart from a missing row here. */
	private Mono<Void> existsOrFail(Object key) {
		SqlStatement exists = new SqlStatement(this.statements.exists(), List.of(keyParameter(key)));
		return this.context.runner().query(exists, row -> Boolean.TRUE).hasElements()
			.flatMap(found -> found ? Mono.<Void>empty() : Mono.error(new RowNotFoundException("No "
					+ this.model.simpleName() + " with " + this.model.primaryKey().field() + " = " + key + " to update")));
	}

	@Override
	public Mono<T> upsert(T instance) {
		return ready(Mono.defer(() -> {
			ModelWriter.Prepared prepared = this.writer.prepare(instance, false);
			if (prepared.generatedKey()) {
				return insertOne(prepared);
			}
			SqlStatement statement = new SqlStatement(this.statements.upsert(), this.writer.parameters(prepared));
			return this.context.runner().update(statement).thenReturn(cast(prepared.model()));
		}));
	}

	@Override
	public Mono<Boolean> delete(Object pk) {
		return ready(Mono.defer(() -> {
			SqlStatement statement = new SqlStatement(this.statements.delete(), List.of(keyParameter(key(pk))));
			return this.context.runner().update(statement).map(rows -> rows > 0);
		}));
	}

	@Override
	public Mono<Long> count() {
		return count(Query.all());
	}

	@Override
	public Mono<Long> count(Query query) {
		return ready(Mono.defer(() -> {
			SqlStatement statement = this.context.renderer().count(this.context.resolver().resolve(this.model, query));
			StatementRunner runner = this.context.runner();
			return runner.atMostOne(runner.query(statement, row -> ((Number) row.get(0)).longValue())).defaultIfEmpty(0L);
		}));
	}

	private Object key(Object pk) {
		return QueryResolver.key(this.model, pk);
	}

	private Parameter keyParameter(Object key) {
		var converter = this.context.converter(this.model.primaryKey());
		return Parameter.fromOrEmpty(converter.write(key), converter.columnClass());
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
