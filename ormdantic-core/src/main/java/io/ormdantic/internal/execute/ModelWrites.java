package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.ormdantic.RowNotFoundException;
import io.ormdantic.internal.convert.ValueCoercion;
import io.ormdantic.internal.dialect.Upsert;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.query.QueryResolver;
import io.ormdantic.internal.sql.SqlStatement;
import io.ormdantic.internal.sql.TableStatements;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The writes of one model: inserts, updates, upserts and deletes, with the values the engine stamps itself
 * ({@link Stamps}). A versioned model is changed only while its row holds the model's version: the check is in
 * the statement, so two writers racing on one row never both win, on any database or isolation level.
 */
final class ModelWrites {

	private final TableModel model;

	private final EngineContext context;

	private final TableStatements statements;

	private final ModelWriter writer;

	private final Stamps stamps;

	ModelWrites(TableModel model, EngineContext context) {
		this.model = model;
		this.context = context;
		this.statements = context.statements(model);
		this.writer = new ModelWriter(model, context::model, context::converter, this.statements.updated());
		this.stamps = new Stamps(model, context.clock());
	}

	/** Inserts one model; returns it as stored (key, version, times). */
	Mono<Object> insert(Object instance) {
		return insertOne(prepareInsert(instance));
	}

	/** Inserts the models in one transaction, multi-row statements where the keys are known; returns them in order. */
	Flux<Object> insertAll(Collection<?> instances) {
		List<ModelWriter.Prepared> prepared = new ArrayList<>(instances.size());
		for (Object instance : instances) {
			prepared.add(prepareInsert(instance));
		}
		List<ModelWriter.Prepared> keyed = prepared.stream().filter(p -> !p.generatedKey()).toList();
		// Rows whose key the database generates go one by one: not every driver returns all keys of a multi-row insert.
		Flux<Object> generated = Flux.fromIterable(prepared).filter(ModelWriter.Prepared::generatedKey).concatMap(this::insertOne);
		List<List<ModelWriter.Prepared>> chunks = Chunks.of(keyed, this.statements.rowsPerInsert(true));
		Flux<Long> batches = Flux.fromIterable(chunks).concatMap(chunk -> this.context.runner().update(multiRowInsert(chunk)));
		Flux<Object> all = batches.thenMany(generated).collectList()
			.flatMapIterable(generatedModels -> inOrder(prepared, generatedModels));
		// One statement is all or nothing on its own: a transaction around it would only add BEGIN and COMMIT.
		int statementCount = chunks.size() + prepared.size() - keyed.size();
		return statementCount > 1 ? this.context.runner().ownTransaction(all) : this.context.runner().outcomeUnknownOnFailure(all);
	}

	/** Updates the row of the model's key (under its version); returns the model as stored. */
	Mono<Object> update(Object instance) {
		ModelWriter.Prepared prepared = this.writer.prepare(instance, true);
		Object expected = this.stamps.versioned() ? this.stamps.expectedVersion(prepared.values()) : null;
		this.stamps.updating(prepared.values());
		if (expected != null) {
			this.stamps.version(prepared.values(), Stamps.next(expected));
		}
		Object updated = stamped(prepared);
		SqlStatement statement = new SqlStatement(this.statements.update(), this.writer.updateParameters(prepared, expected));
		Object key = prepared.values()[0];
		return this.context.runner().update(statement).flatMap(rows -> rows > 0 ? Mono.just(updated)
				// MySQL counts only changed rows, so an unversioned update that changed nothing is told apart here.
				: exists(key).flatMap(found -> found && expected == null ? Mono.just(updated)
						: Mono.error(found ? stale(key, expected, "update") : new RowNotFoundException("No "
								+ this.model.simpleName() + " with " + this.model.primaryKey().field() + " = " + key
								+ " to update"))));
	}

	/** Inserts the model, or updates the row of its key (under its version); returns the model as stored. */
	Mono<Object> upsert(Object instance) {
		ModelWriter.Prepared raw = this.writer.prepare(instance, false);
		Object[] original = raw.values().clone();
		ModelWriter.Prepared prepared = stampedForInsert(raw);
		if (prepared.generatedKey()) {
			return insertOne(prepared);
		}
		Upsert.Statement upsert = this.statements.upsertStatement();
		Object expected = this.stamps.version(original);
		Object key = prepared.values()[0];
		Mono<Long> version = switch (upsert.outcome()) {
			case WRITTEN -> this.context.runner().update(upsertStatement(upsert, prepared, expected)).thenReturn(0L);
			case RETURNED_VERSION -> {
				StatementRunner runner = this.context.runner();
				yield runner.atMostOne(runner.query(upsertStatement(upsert, prepared, expected),
						row -> ((Number) row.get(0)).longValue()));
			}
			case UPDATE_THEN_INSERT -> updateThenInsert(prepared, expected);
		};
		if (!this.stamps.versioned()) {
			return version.thenReturn(prepared.model());
		}
		return version.map(stored -> stored == 1 ? prepared.model() : updatedByUpsert(prepared, original, stored))
			.switchIfEmpty(Mono.error(() -> stale(key, expected, "upsert")));
	}

	private SqlStatement upsertStatement(Upsert.Statement upsert, ModelWriter.Prepared prepared, @Nullable Object expected) {
		List<Parameter> parameters = new ArrayList<>(this.writer.parameters(prepared));
		for (int i = 0; i < upsert.expectedVersionBinds(); i++) {
			// A model without a version (null) matches no row's version: it inserts, or leaves an existing row alone.
			parameters.add(this.writer.versionParameter(expected));
		}
		return new SqlStatement(upsert.sql(), parameters);
	}

	/**
	 * The version the row holds after an update under {@code expected}, or, when no row matched, after an insert (1);
	 * empty when the insert meets an existing row, which then holds another version.
	 */
	private Mono<Long> updateThenInsert(ModelWriter.Prepared prepared, @Nullable Object expected) {
		Object key = prepared.values()[0];
		Mono<Long> insert = this.context.runner().update(new SqlStatement(this.statements.insert(true, 1),
				this.writer.parameters(prepared)))
			.thenReturn(1L)
			.onErrorResume(DuplicateKeyException.class,
					duplicate -> exists(key).flatMap(found -> found ? Mono.empty() : Mono.error(duplicate)));
		if (expected == null) {
			return insert;
		}
		Object[] values = prepared.values().clone();
		ModelWriter.Prepared update = new ModelWriter.Prepared(prepared.model(), values, false);
		return this.context.runner().update(new SqlStatement(this.statements.update(),
				this.writer.updateParameters(update, expected)))
			.flatMap(rows -> rows > 0 ? Mono.just(Stamps.next(expected)) : insert);
	}

	/** Deletes the row of a key, or of a model (under its version); true when a row went. */
	Mono<Boolean> delete(Object keyOrModel) {
		if (!this.model.type().isInstance(keyOrModel)) {
			return deleteByKey(QueryResolver.key(this.model, keyOrModel));
		}
		ModelWriter.Prepared prepared = this.writer.prepare(keyOrModel, true);
		Object key = prepared.values()[0];
		if (!this.stamps.versioned()) {
			return deleteByKey(key);
		}
		Object expected = this.stamps.expectedVersion(prepared.values());
		SqlStatement statement = new SqlStatement(this.statements.deleteVersioned(),
				List.of(keyParameter(key), this.writer.versionParameter(expected)));
		return this.context.runner().update(statement).flatMap(rows -> rows > 0 ? Mono.just(true)
				: exists(key).flatMap(found -> found ? Mono.error(stale(key, expected, "delete")) : Mono.just(false)));
	}

	private Mono<Boolean> deleteByKey(Object key) {
		return this.context.runner().update(new SqlStatement(this.statements.delete(), List.of(keyParameter(key))))
			.map(rows -> rows > 0);
	}

	private ModelWriter.Prepared prepareInsert(Object instance) {
		return stampedForInsert(this.writer.prepare(instance, false));
	}

	private ModelWriter.Prepared stampedForInsert(ModelWriter.Prepared prepared) {
		this.stamps.inserting(prepared.values());
		return new ModelWriter.Prepared(stamped(prepared), prepared.values(), prepared.generatedKey());
	}

	/** The prepared model holding what the engine stamped into its values, if it stamps anything. */
	private Object stamped(ModelWriter.Prepared prepared) {
		return this.model.stampsColumns() ? this.stamps.applied(prepared.model(), prepared.values()) : prepared.model();
	}

	/**
	 * The model an upsert updated: the version the row holds now and the write time it was given; the stored creation
	 * time was kept, and the model keeps the one it held.
	 */
	private Object updatedByUpsert(ModelWriter.Prepared prepared, Object[] original, long version) {
		Object[] values = prepared.values().clone();
		this.stamps.version(values, version);
		this.stamps.keepCreatedAt(values, original);
		return this.stamps.applied(prepared.model(), values);
	}

	private Mono<Object> insertOne(ModelWriter.Prepared prepared) {
		SqlStatement statement = new SqlStatement(this.statements.insert(!prepared.generatedKey(), 1),
				this.writer.parameters(prepared));
		if (prepared.generatedKey()) {
			ColumnModel pk = this.model.primaryKey();
			return this.context.runner().insertReturningKey(statement, pk.column())
				.map(key -> this.writer.withKey(prepared, ValueCoercion.coerce(this.model, pk, key)));
		}
		return this.context.runner().update(statement).thenReturn(prepared.model());
	}

	private SqlStatement multiRowInsert(List<ModelWriter.Prepared> chunk) {
		List<Parameter> parameters = new ArrayList<>();
		chunk.forEach(p -> parameters.addAll(this.writer.parameters(p)));
		return new SqlStatement(this.statements.insert(true, chunk.size()), parameters);
	}

	private static List<Object> inOrder(List<ModelWriter.Prepared> prepared, List<Object> generatedModels) {
		List<Object> result = new ArrayList<>(prepared.size());
		int next = 0;
		for (ModelWriter.Prepared p : prepared) {
			result.add(p.generatedKey() ? generatedModels.get(next++) : p.model());
		}
		return result;
	}

	private Mono<Boolean> exists(Object key) {
		SqlStatement exists = new SqlStatement(this.statements.exists(), List.of(keyParameter(key)));
		return this.context.runner().exists(exists);
	}

	private OptimisticLockingFailureException stale(Object key, @Nullable Object expected, String operation) {
		return new OptimisticLockingFailureException("Cannot " + operation + " " + this.model.simpleName() + " with "
				+ this.model.primaryKey().field() + " = " + key + ": its row no longer holds version " + expected
				+ " (another writer changed it since it was read); read it again and retry");
	}

	private Parameter keyParameter(Object key) {
		var converter = this.context.converter(this.model.primaryKey());
		return Parameter.fromOrEmpty(converter.write(key), converter.columnClass());
	}
}
