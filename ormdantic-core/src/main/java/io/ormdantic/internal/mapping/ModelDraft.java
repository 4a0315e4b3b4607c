package io.ormdantic.internal.mapping;

import java.util.List;

import io.ormdantic.Table;

/**
 * A model read and checked on its own at registration; {@link ModelRegistry} links drafts into
 * {@link TableModel}s once the models they name are registered.
 *
 * @param type       the model class
 * @param table      its annotation
 * @param tableName  the table name
 * @param accessor   reads and creates instances
 * @param properties every property, classified
 */
record ModelDraft(Class<?> type, Table table, String tableName, ModelAccessor accessor, List<PropertyDraft> properties) {

	/** How a property is stored. */
	enum Kind {
		/** A column of its own type. */ COLUMN,
		/** A column holding the key of another model. */ RELATION,
		/** A list of rows of another model that reference this one; not stored. */ BACK_REFERENCE
	}

	/**
	 * One property of a draft.
	 *
	 * @param property the property
	 * @param kind     how it is stored
	 * @param type     the column type, null for relations and back references (known after linking)
	 * @param target   the related model, for relations and back references
	 * @param role     what the engine writes into the column itself
	 */
	record PropertyDraft(Property property, Kind kind, ColumnType type, Class<?> target, ColumnRole role) {
	}

	/** The primary key property (always the first). */
	PropertyDraft primaryKey() {
		return this.properties.get(0);
	}

	/** The property named {@code name}, or null. */
	PropertyDraft property(String name) {
		for (PropertyDraft draft : this.properties) {
			if (draft.property().name().equals(name)) {
				return draft;
			}
		}
		return null;
	}

	/** Prefix of every message about this model. */
	String where(String field) {
		return "Model " + this.type.getSimpleName() + (field == null ? "" : ", field '" + field + "'") + ": ";
	}
}
