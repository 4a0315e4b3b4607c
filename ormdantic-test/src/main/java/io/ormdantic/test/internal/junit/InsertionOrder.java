package io.ormdantic.test.internal.junit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.ModelMetadata;

/**
 * Orders a model and the models its relations hold so that each comes after every model it references. Relations
 * are read as the engine reads them when it inserts, through core's {@link ModelMetadata}.
 */
final class InsertionOrder {

	private InsertionOrder() {
	}

	/** {@code root} (a {@code @Table} model) and the models it reaches through relations, referenced models first. */
	static List<Object> of(Object root) {
		List<Object> order = new ArrayList<>();
		visit(ModelMetadata.of(root.getClass()), root, order, Collections.newSetFromMap(new IdentityHashMap<>()));
		return order;
	}

	private static <M> void visit(ModelMetadata<M> metadata, Object model, List<Object> order, Set<Object> seen) {
		if (!seen.add(model)) {
			return;
		}
		M typed = metadata.type().cast(model);
		for (FieldMetadata field : metadata.fields()) {
			if (field.role() == Role.RELATION) {
				Object related = metadata.read(typed, field.name());
				if (related != null) {
					visit(metadata.related(field.name()), related, order, seen);
				}
			}
		}
		order.add(model);
	}
}
