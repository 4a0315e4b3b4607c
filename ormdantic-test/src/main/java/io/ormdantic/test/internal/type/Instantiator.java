package io.ormdantic.test.internal.type;

import java.lang.invoke.MethodHandle;

/** Creates instances of a record or class from property values indexed like its {@link PropertyShape}s. */
public sealed interface Instantiator {

	/** A new instance holding {@code values}. */
	Object create(Object[] values);

	/** Through the canonical constructor of a record: {@code (Object[]) Object}, arguments spread. */
	record Canonical(Class<?> type, MethodHandle constructor) implements Instantiator {

		@Override
		public Object create(Object[] values) {
			try {
				return this.constructor.invokeExact(values);
			}
			catch (Throwable ex) {
				throw failed(this.type, ex);
			}
		}
	}

	/** Through a no-arg constructor {@code () Object} and one setter {@code (Object, Object) void} per field. */
	record FieldByField(Class<?> type, MethodHandle constructor, MethodHandle[] setters) implements Instantiator {

		@Override
		public Object create(Object[] values) {
			try {
				Object instance = this.constructor.invokeExact();
				for (int i = 0; i < this.setters.length; i++) {
					this.setters[i].invokeExact(instance, values[i]);
				}
				return instance;
			}
			catch (Throwable ex) {
				throw failed(this.type, ex);
			}
		}
	}

	private static IllegalStateException failed(Class<?> type, Throwable ex) {
		return new IllegalStateException("Cannot create " + type.getName() + ": " + ex, ex);
	}
}
