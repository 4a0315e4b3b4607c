package io.ormdantic.metadata;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of a model or nested type, as Ormdantic stores it.
 *
 * @param name           the Java field name
 * @param column         the column name; null for a back reference and for fields of a type that is not a table
 * @param javaType       the generic Java type, as declared
 * @param annotatedType  the declared type with its type-use annotations ({@code List<@NotBlank String>})
 * @param annotations    the declaration annotations of the field (Bean Validation constraints among them)
 * @param declaringClass the class that declares the field (a superclass, for an inherited field of a class model)
 * @param role           what the field is to its table
 * @param nullable       whether it may hold null: not a primitive, not the key, not {@code @NotNull},
 *                       {@code @NotBlank} or {@code @NotEmpty}
 * @param length         the maximum string length from {@code @Size(max)}, 0 when unbounded
 * @param precision      decimal precision from {@code @Digits}, 0 for the database's default
 * @param scale          decimal scale from {@code @Digits}
 * @param relation       the related model of a relation or back reference, else null
 * @param mappedBy       for a back reference, the field of {@link #relation()} that points back, else null
 * @param json           whether the value is stored as JSON (maps, collections of non-models, nested types)
 * @param unique         whether the table keeps the field's values unique on their own (the key, {@code @Table(unique)})
 */
public record FieldMetadata(String name, @Nullable String column, Type javaType, AnnotatedType annotatedType,
		List<Annotation> annotations, Class<?> declaringClass, Role role, boolean nullable, int length, int precision,
		int scale, @Nullable Class<?> relation, @Nullable String mappedBy, boolean json, boolean unique) {

	/** What a field is to the table of its model. */
	public enum Role {
		/** The primary key named by {@code @Table(pk)}. */ KEY,
		/** A stored value of its own type. */ VALUE,
		/** A field typed with another {@code @Table} model: a column holding that model's key. */ RELATION,
		/** A {@code List<M>} declared in {@code @Table(backReferences)}: rows of another table, not a column. */ BACK_REFERENCE,
		/** The optimistic-locking version ({@code @Version}), written by the engine. */ VERSION,
		/** The creation time ({@code @CreatedAt}), written by the engine on insert. */ CREATED_AT,
		/** The time of the last write ({@code @UpdatedAt}), written by the engine. */ UPDATED_AT
	}

	/** Copies the annotations. */
	public FieldMetadata {
		annotations = List.copyOf(annotations);
	}

	/** The raw class of {@link #javaType()}. */
	public Class<?> rawType() {
		return rawClass(this.javaType);
	}

	/** The declaration annotation of that type on the field, or null. */
	public <A extends Annotation> @Nullable A annotation(Class<A> type) {
		for (Annotation annotation : this.annotations) {
			if (type.isInstance(annotation)) {
				return type.cast(annotation);
			}
		}
		return null;
	}

	/** Whether the field is stored in a column of its table (every role but {@link Role#BACK_REFERENCE}). */
	public boolean stored() {
		return this.column != null;
	}

	private static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
			return rawClass(parameterized.getRawType());
		}
		if (type instanceof java.lang.reflect.GenericArrayType array) {
			return rawClass(array.getGenericComponentType()).arrayType();
		}
		if (type instanceof java.lang.reflect.TypeVariable<?> variable) {
			return rawClass(variable.getBounds()[0]);
		}
		if (type instanceof java.lang.reflect.WildcardType wildcard) {
			return rawClass(wildcard.getUpperBounds()[0]);
		}
		return Object.class;
	}
}
