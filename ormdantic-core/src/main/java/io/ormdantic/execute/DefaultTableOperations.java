package io.ormdantic.execute;

import java.util.Collection;
import java.util.function.Supplier;
import io.ormdantic.*;
import io.ormdantic.mapping.ModelRegistry;
import io.ormdantic.mapping.TableModel;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stub. */
public final class DefaultTableOperations<T> implements TableOperations<T> {
	public DefaultTableOperations(TableModel t, ModelRegistry r, StatementRunner s, Supplier<Mono<Void>> p) { }
	public Class<T> model() { throw new UnsupportedOperationException(); }
	public Mono<T> insert(T model) { return Mono.error(new UnsupportedOperationException()); }
	public Flux<T> insertAll(Collection<? extends T> models) { return Flux.error(new UnsupportedOperationException()); }
	public Mono<T> findOne(Object pk) { return findOne(pk, 0); }
	public Mono<T> findOne(Object pk, int depth) { return Mono.error(new UnsupportedOperationException()); }
	public Mono<Result<T>> findMany() { return findMany(Query.all()); }
	public Mono<Result<T>> findMany(Query query) { return Mono.error(new UnsupportedOperationException()); }
	public Flux<T> stream(Query query) { return Flux.error(new UnsupportedOperationException()); }
	public Mono<T> update(T model) { return Mono.error(new UnsupportedOperationException()); }
	public Mono<T> upsert(T model) { return Mono.error(new UnsupportedOperationException()); }
	public Mono<Boolean> delete(Object pk) { return Mono.error(new UnsupportedOperationException()); }
	public Mono<Long> count() { return count(Query.all()); }
	public Mono<Long> count(Query query) { return Mono.error(new UnsupportedOperationException()); }
}
