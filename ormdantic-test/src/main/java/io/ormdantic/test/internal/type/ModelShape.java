package io.ormdantic.test.internal.type;

import java.util.List;

/**
 * The properties of a record or class with a no-arg constructor and how to create it, read once per type.
 *
 * @param type the resolved type
 * @param properties the properties in constructor / declaration order
 * @param instantiator creates instances from property values
 * @param table whether the class is a {@code @Table} model
 */
public record ModelShape(TypeNode type, List<PropertyShape> properties, Instantiator instantiator, boolean table) {

	/** Copies the properties so that the shape stays immutable. */
	public ModelShape {
		properties = List.copyOf(properties);
	}

	/** The property with that name, or null. */
	public PropertyShape property(String name) {
		for (PropertyShape property : this.properties) {
			if (property.name().equals(name)) {
				return property;
			}
		}
		return null;
	}

	/** The primary key property, or null outside tables. */
	public PropertyShape primaryKey() {
		for (PropertyShape property : this.properties) {
			if (property.role() == PropertyShape.Role.PRIMARY_KEY) {
				return property;
			}
		}
		return null;
	}

	/** The simple name of the class, for messages. */
	public String simpleName() {
		return this.type.raw().getSimpleName();
	}
}
