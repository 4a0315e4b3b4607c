package io.ormdantic.internal.mapping;

/**
 * Creates and reads instances of one record class through bytecode generated for that class (see
 * {@link RecordAccessGenerator}): a plain constructor call and plain field reads, where reflection and method handles
 * would cost an indirection per value at a call site every model shares. Internal: public only because the
 * generated classes live in the packages of the records they serve.
 */
public interface GeneratedAccess {

	/** A new record from {@code values}, indexed like its components; primitives must not be null. */
	Object create(Object[] values);

	/** The value of component {@code index} of {@code instance}, boxed when primitive. */
	Object get(Object instance, int index);
}
