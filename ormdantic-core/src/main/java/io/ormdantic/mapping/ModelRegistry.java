package io.ormdantic.mapping;

import java.util.Collection;
import java.util.List;

/** Stub: replaced by the real registry. */
public final class ModelRegistry {
	public void register(Class<?> type) { throw new UnsupportedOperationException("not yet"); }
	public void validateAll() { }
	public TableModel resolved(Class<?> type) { throw new UnsupportedOperationException("not yet"); }
	public Collection<Class<?>> modelClasses() { return List.of(); }
}
