package io.ormdantic.execute;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.ormdantic.mapping.ColumnModel;
import io.ormdantic.mapping.TableModel;

/**
 * A row on its way to becoming a model: property values indexed like the model's properties, where a relation
 * holds another {@code Entity} (loaded or key-only) and a back reference a {@code List<Entity>}. Records cannot
 * be filled in after construction, so the whole graph is assembled first and turned into models at the end.
 */
final class Entity {

	final TableModel model;

	final Object[] values;

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

	/** Builds the model instance, related models and back references included. */
	Object toModel() {
		Object[] arguments = this.values.clone();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof Entity related) {
				arguments[i] = related.toModel();
			}
			else if (arguments[i] instanceof List<?> list && this.model.isBackReference(i)) {
				// Children loaded straight as models stay as they are; the array is this list's own, so no second copy.
				Object[] models = list.toArray();
				for (int j = 0; j < models.length; j++) {
					if (models[j] instanceof Entity entity) {
						models[j] = entity.toModel();
					}
				}
				arguments[i] = Collections.unmodifiableList(Arrays.asList(models));
			}
		}
		return this.model.accessor().createFrom(arguments);
	}
}
