package io.ormdantic.internal.convert;

import java.util.function.Function;

/**
 * Converts one column's values between Java and the driver, built once per column so that reading a row
 * needs no type lookups.
 *
 * @param columnClass the class asked of the driver when reading, and bound for nulls
 * @param writer      Java value (non-null) to the value bound
 * @param reader      driver value (non-null) to the Java value
 */
public record ValueConverter(Class<?> columnClass, Function<Object, Object> writer, Function<Object, Object> reader) {

	/**
	 * The function of a direction that passes values through. One shared instance, so that {@link #read(Object)} can
	 * tell it apart and skip the call for every value of a result set.
	 */
	public static final Function<Object, Object> AS_IS = value -> value;

	/** A converter that passes values through unchanged. */
	public static ValueConverter identity(Class<?> columnClass) {
		return new ValueConverter(columnClass, AS_IS, AS_IS);
	}

	/** The value to bind; null stays null. */
	public Object write(Object value) {
		return value == null ? null : this.writer.apply(value);
	}

	/** The Java value of a driver value; null stays null. */
	public Object read(Object value) {
		return value == null || this.reader == AS_IS ? value : this.reader.apply(value);
	}

	/** This converter with {@code before} applied to Java values before writing and {@code after} to values read. */
	public ValueConverter around(Function<Object, Object> before, Function<Object, Object> after) {
		return new ValueConverter(this.columnClass, this.writer == AS_IS ? before : before.andThen(this.writer),
				this.reader == AS_IS ? after : this.reader.andThen(after));
	}
}
