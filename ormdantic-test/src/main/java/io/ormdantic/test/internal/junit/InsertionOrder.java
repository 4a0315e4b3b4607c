package io.ormdantic.test.internal.junit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.ormdantic.test.internal.type.ModelIntrospector;
import io.ormdantic.test.internal.type.PropertyShape;

/** Orders a model and the models its relations hold so that each comes after every model it references. */
final class InsertionOrder {

	private InsertionOrder() {
	}

	/** {@code root} and the models it reaches through relations, referenced models first. */
	static List<Object> of(Object root) {
		List<Object> order = new ArrayList<>();
		visit(root, order, Collections.newSetFromMap(new IdentityHashMap<>()));
		return order;
	}

	private static void visit(Object model, List<Object> order, Set<Object> seen) {
		if (!seen.add(model)) {
			return;
		}
		for (PropertyShape property : ModelIntrospector.shape(model.getClass()).properties()) {
			if (property.role() == PropertyShape.Role.RELATION) {
				Object related = property.get(model);
				if (related != null) {
					visit(related, order, seen);
				}
			}
		}
		order.add(model);
	}
}
