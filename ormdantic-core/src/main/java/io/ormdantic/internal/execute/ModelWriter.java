package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.ormdantic.InvalidValueException;
import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnRole;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.mapping.ModelAccessor;
import io.ormdantic.internal.mapping.TableModel;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.Parameter;

/**
 * Reads the column values of a model to be written, checking them first (NOT NULL, string length, related
 * keys) so that a bad value fails before any statement is sent, and generates missing UUID keys.
 */
final class ModelWriter {

	/**
	 * A model ready to be written.
	 *
	 * @param model        the model, with a generated UUID key where it had none
	 * @param values       the Java value of each column, related models replaced by their keys
	 * @param generatedKey whether the database must generate the (integer) key
	 */
	record Prepared(Object model, Object[] values, boolean generatedKey) {
	}

	private final TableModel model;

	private final Function<Class<?>, TableModel> models;

	private final ValueConverter[] converters;

	/** The column positions an update writes, in bind order. */
	private final int[] updated;

	/** The column position of the version, or -1. */
	private final int version;

	/**
	 * A writer of one model's rows.
	 *
	 * @param updated the columns an update writes, in bind order (see {@code TableStatements.updated()})
	 */
	ModelWriter(TableModel model, Function<Class<?>, TableModel> models, Function<ColumnModel, ValueConverter> converterOf,
			List<ColumnModel> updated) {
		this.model = model;
		this.models = models;
		this.updated = updated.stream().mapToInt(model.columns()::indexOf).toArray();
		this.version = model.columnIndex(model.version());
		this.converters = model.columns().stream().map(converterOf).toArray(ValueConverter[]::new);
	}

	/**
	 * Checks a model and reads its values.
	 *
	 * @param keyRequired whether a missing key is an error (update) rather than generated (insert, upsert)
	 * @throws InvalidValueException naming the model, field and rule
	 */
	Prepared prepare(Object instance, boolean keyRequired) {
		if (instance == null) {
			throw new InvalidValueException("Model " + this.model.simpleName() + ": cannot write null");
		}
		ModelAccessor accessor = this.model.accessor();
		List<ColumnModel> columns = this.model.columns();
		ColumnModel pk = this.model.primaryKey();
		Object[] values = new Object[columns.size()];
		Object current = instance;
		boolean generatedKey = false;
		Object key = accessor.get(instance, pk.property());
		if (isMissing(pk, key)) {
			if (keyRequired) {
				throw invalid(pk, "the primary key is needed to find the row");
			}
			if (pk.type() == ColumnType.UUID) {
				key = UUID.randomUUID();
				current = accessor.with(instance, pk.property(), key);
			}
			else if (pk.identity()) {
				key = null;
				generatedKey = true;
			}
			else {
				throw invalid(pk, "a String primary key must be set before writing");
			}
		}
		values[0] = key;
		for (int i = 1; i < values.length; i++) {
			values[i] = checked(columns.get(i), accessor.get(instance, columns.get(i).property()));
		}
		return new Prepared(current, values, generatedKey);
	}

	/** Bind parameters for an insert or upsert, in column order (without the key when the database generates it). */
	List<Parameter> parameters(Prepared prepared) {
		int first = prepared.generatedKey() ? 1 : 0;
		List<Parameter> parameters = new ArrayList<>(this.converters.length - first);
		for (int i = first; i < this.converters.length; i++) {
			parameters.add(parameter(i, prepared.values()[i]));
		}
		return parameters;
	}

	/**
	 * Bind parameters for an update: the columns it writes, then the key, then the version the row must hold.
	 *
	 * @param expectedVersion the version, or null for a model without one
	 */
	List<Parameter> updateParameters(Prepared prepared, @Nullable Object expectedVersion) {
		List<Parameter> parameters = new ArrayList<>(this.updated.length + 2);
		for (int index : this.updated) {
			parameters.add(parameter(index, prepared.values()[index]));
		}
		parameters.add(parameter(0, prepared.values()[0]));
		if (expectedVersion != null) {
			parameters.add(versionParameter(expectedVersion));
		}
		return parameters;
	}

	/** The parameter of a version value; null binds a typed NULL, which no row's version equals. */
	Parameter versionParameter(@Nullable Object version) {
		return parameter(this.version, version);
	}

	/** The model with the key the database generated. */
	Object withKey(Prepared prepared, Object key) {
		return this.model.accessor().with(prepared.model(), this.model.primaryKey().property(), key);
	}

	private Parameter parameter(int column, Object value) {
		ValueConverter converter = this.converters[column];
		return Parameter.fromOrEmpty(converter.write(value), converter.columnClass());
	}

	private Object checked(ColumnModel column, Object value) {
		if (value == null) {
			// The engine writes the version itself; a null one fails where it matters (update), naming the cause.
			if (!column.nullable() && column.role() != ColumnRole.VERSION) {
				throw invalid(column, "must not be null (NOT NULL column)");
			}
			return null;
		}
		if (column.isRelation()) {
			TableModel target = this.models.apply(column.relationTarget());
			Object key = target.accessor().get(value, target.primaryKey().property());
			if (isMissing(target.primaryKey(), key)) {
				throw invalid(column, "the related " + target.simpleName() + " has no key; insert it first");
			}
			return key;
		}
		// Length in UTF-16 units, as Bean Validation's @Size counts it; H2 counts the same, PostgreSQL and MySQL count
		// code points, never more: a value this check lets through fits the column on every database.
		if (column.length() > 0 && value instanceof String text && text.length() > column.length()) {
			throw invalid(column, "a value of " + text.length() + " UTF-16 characters is longer than @Size(max = "
					+ column.length() + ")" + (text.length() != text.codePointCount(0, text.length())
							? " (characters outside the Basic Multilingual Plane, such as emoji, count twice)" : ""));
		}
		return value;
	}

	private static boolean isMissing(ColumnModel pk, Object key) {
		return key == null || (pk.javaType().isPrimitive() && ((Number) key).longValue() == 0L);
	}

	private InvalidValueException invalid(ColumnModel column, String rule) {
		return new InvalidValueException("Model " + this.model.simpleName() + ", field '" + column.field() + "': " + rule);
	}
}
