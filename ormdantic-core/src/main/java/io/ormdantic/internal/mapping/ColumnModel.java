package io.ormdantic.internal.mapping;

import java.lang.reflect.Type;

/**
 * One stored column of a table model.
 *
 * @param field          the Java field name
 * @param column         the column name (snake_case of the field unless the field is a relation key)
 * @param property       position of the field among the model's properties (constructor argument index)
 * @param javaType       the field's raw type (the related model class for a relation)
 * @param genericType    the field's generic type (for JSON columns)
 * @param type           the storage kind; for a relation, that of the related primary key
 * @param nullable       whether the column accepts NULL
 * @param length         maximum string length from {@code @Size(max)}, 0 when unbounded
 * @param precision      decimal precision from {@code @Digits}, 0 for the default
 * @param scale          decimal scale from {@code @Digits}
 * @param primaryKey     whether this is the primary key
 * @param identity       whether the database generates this (integer primary) key
 * @param keyed          whether the column is in a key, index or unique constraint (some databases cannot index text types)
 * @param relationTarget the related model class, or null when the column is not a relation
 * @param role           what the engine writes into the column itself (version, audit times)
 */
public record ColumnModel(String field, String column, int property, Class<?> javaType, Type genericType,
		ColumnType type, boolean nullable, int length, int precision, int scale, boolean primaryKey,
		boolean identity, boolean keyed, Class<?> relationTarget, ColumnRole role) {

	/** Whether this column holds the key of another model. */
	public boolean isRelation() {
		return this.relationTarget != null;
	}
}
