package io.ormdantic;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive CRUD on the table of one model. Nothing blocks; errors arrive as {@code Mono.error}/{@code Flux.error}:
 * {@link OrmdanticException}s for Ormdantic's own checks, Spring {@code DataAccessException}s from the database.
 *
 * @param <T> the model type
 */
public interface TableOperations<T> {

	/** The model class these operations work on. */
	Class<T> model();

	/**
	 * Inserts one row and returns the stored model: a null UUID key is generated, a null integer key takes the
	 * database's identity value. A related model is stored as its key and must already exist.
	 */
	Mono<T> insert(T model);

	/** Inserts all models in one transaction with multi-row statements: all or nothing. */
	Flux<T> insertAll(Collection<? extends T> models);

	/** The row with this key, relations holding only their key, back references not loaded; empty when absent. */
	Mono<T> findOne(Object pk);

	/** The row with this key, relations and back references loaded {@code depth} hops deep; empty when absent. */
	Mono<T> findOne(Object pk, int depth);

	/** All rows, as one page. */
	Mono<Result<T>> findMany();

	/** The page of rows the query selects. */
	Mono<Result<T>> findMany(Query query);

	/** The rows the query selects, streamed. */
	Flux<T> stream(Query query);

	/**
	 * Updates every column of the row with the model's key and returns the model as stored: a {@link Version} one
	 * more, an {@link UpdatedAt} now; a stored {@link CreatedAt} is never overwritten. A versioned model is written
	 * only while its row still holds the model's version, in the same statement.
	 *
	 * @return the model as stored; {@link RowNotFoundException} if there is no row with its key, Spring's
	 *         {@code OptimisticLockingFailureException} if the row holds another version
	 */
	Mono<T> update(T model);

	/**
	 * Inserts the model, or updates it when its key exists; never deletes. A versioned model is inserted with
	 * version 1, or updates the row only while it holds the model's version (race-free, in one statement).
	 *
	 * @return the model as stored; Spring's {@code OptimisticLockingFailureException} if the row holds another version
	 */
	Mono<T> upsert(T model);

	/**
	 * Deletes a row: given an instance of the model, the row of its key, under its {@link Version} when it has one;
	 * given anything else, the row with that key, unconditionally. (Java cannot declare {@code delete(T)} beside
	 * {@code delete(Object)}: both erase to one signature.)
	 *
	 * @return true when a row was deleted, false when there was none; Spring's
	 *         {@code OptimisticLockingFailureException} when the model's row holds another version
	 */
	Mono<Boolean> delete(Object keyOrModel);

	/** Number of rows in the table. */
	Mono<Long> count();

	/** Number of rows the query's {@code where} selects (limit and offset ignored). */
	Mono<Long> count(Query query);
}
