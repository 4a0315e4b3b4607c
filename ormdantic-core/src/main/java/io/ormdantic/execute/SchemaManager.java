package io.ormdantic.execute;

import java.util.List;
import io.ormdantic.mapping.ModelRegistry;
import reactor.core.publisher.Mono;

/** Stub. */
public final class SchemaManager {
	public SchemaManager(ModelRegistry r, StatementRunner s) { }
	public Mono<Void> create() { return Mono.error(new UnsupportedOperationException("not yet")); }
	public Mono<Void> drop() { return Mono.error(new UnsupportedOperationException("not yet")); }
	public Mono<List<String>> missing() { return Mono.error(new UnsupportedOperationException("not yet")); }
}
