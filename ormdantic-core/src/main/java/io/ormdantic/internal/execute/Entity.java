package io.ormdantic.internal.execute;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;

/**
 * A row on its way to becoming a model: property values indexed like the model's properties, where a relation
 * holds another {@code Entity} (loaded or key-only) and a back reference a {@code List<Entity>}. Records cannot
 * be filled in after construction, so the whole graph is assembled first and turned into models at the end.
 */
final class Entity {

	final TableModel model;

	final Object[] values;

	/** The model, once {@link #toModel()} has built it. */
	private Object built;

	Entity(TableModel model, Object[] values) {
		this.model = model;
		this.values = values;
	}

	/** An entity holding only its key, for a relation that is not loaded. */
	static Entity keyOnly(TableModel model, Object key) {
		return new Entity(model, keyOnlyValues(model, key));
	}

	/** Property values of {@code model} with only the key set: a related row that is not loaded. */
	static Object[] keyOnlyValues(TableModel model, Object key) {
		Object[] values = new Object[model.propertyCount()];
		values[model.keyProperty()] = key;
		return values;
	}

	Object key() {
		return this.values[this.model.keyProperty()];
	}

	/** The key held by a relation column of this entity, or null. */
	Object relatedKey(ColumnModel relation) {
		Object related = this.values[relation.property()];
		return related instanceof Entity entity ? entity.key() : null;
	}

	/**
	 * The model instance, related models and back references included; built on the first call, so an entity that
	 * several owners share (a child under two entities of the same key) becomes one instance.
	 */
	Object toModel() {
		if (this.built == null) {
			this.built = build();
		}
		return this.built;
	}

	private Object build() {
		// Built once (see toModel), so the values array can become the constructor's arguments without a copy.
		Object[] arguments = this.values;
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof Entity related) {
				arguments[i] = related.toModel();
			}
			else if (arguments[i] instanceof List<?> list && this.model.isBackReference(i)) {
				arguments[i] = models(list);
			}
		}
		return this.model.accessor().createFrom(arguments);
	}

	/**
	 * A back reference's list as models, unmodifiable. Children loaded straight as models (the usual case) keep their
	 * list, seen through a read-only view; only a list holding entities is copied.
	 */
	private static List<?> models(List<?> list) {
		Object[] models = null;
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) instanceof Entity entity) {
				if (models == null) {
					models = list.toArray();
				}
				models[i] = entity.toModel();
			}
		}
		return Collections.unmodifiableList(models == null ? list : Arrays.asList(models));
	}
}
