package io.ormdantic.test.internal.type;

import java.lang.invoke.MethodHandle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * One component of a record or field of a class, as the generator sees it.
 *
 * @param name the Java name
 * @param index the position in the canonical constructor or among the fields
 * @param type the resolved type, with the declaration and type-use annotations
 * @param role what the property is to its table (a plain value outside tables)
 * @param unique whether the table keeps its values unique (the primary key, {@code @Table(unique)})
 * @param getter reads the property from an instance: {@code (Object) Object}
 */
public record PropertyShape(String name, int index, TypeNode type, Role role, boolean unique, MethodHandle getter) {

	/** What a property is to the table of its model. */
	public enum Role {

		/** The primary key named by {@code @Table(pk)}. */
		PRIMARY_KEY,

		/** A field typed with another {@code @Table} model: a many-to-one relation. */
		RELATION,

		/** A {@code List<M>} declared in {@code @Table(backReferences)}: rows of another table, not a column. */
		BACK_REFERENCE,

		/** Any other value. */
		VALUE
	}

	/** Whether the property may hold null: not a primitive, not the primary key, not {@code @NotNull}-like. */
	public boolean nullable() {
		return !this.type.raw().isPrimitive() && this.role != Role.PRIMARY_KEY && this.type.annotation(NotNull.class) == null
				&& this.type.annotation(NotBlank.class) == null && this.type.annotation(NotEmpty.class) == null;
	}

	/** The value of this property in {@code instance}. */
	public Object get(Object instance) {
		try {
			return this.getter.invokeExact(instance);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Cannot read " + instance.getClass().getSimpleName() + "." + this.name, ex);
		}
	}
}
