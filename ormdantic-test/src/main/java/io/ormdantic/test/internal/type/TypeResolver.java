package io.ormdantic.test.internal.type;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ormdantic.metadata.FieldMetadata;

/**
 * Resolves reflective {@link AnnotatedType}s into {@link TypeNode}s: type variables through the bindings of the
 * enclosing type, wildcards to their bound, and type-use annotations kept at every level
 * ({@code List<@NotBlank String>}). Core's {@link FieldMetadata} gives a field's type as declared; this is what
 * binds it at one use of its owner ({@code Box<UUID>}, a class model extending {@code Base<String>}).
 */
public final class TypeResolver {

	private TypeResolver() {
	}

	/**
	 * The type of {@code field} as {@code owner} holds it: type variables bound by {@code owner} (through the
	 * superclass that declares an inherited field), the field's declaration annotations merged into its type-use
	 * ones, so that constraints read from the node see both.
	 */
	public static TypeNode fieldType(TypeNode owner, FieldMetadata field) {
		Map<TypeVariable<?>, TypeNode> bindings = bindings(owner, field.declaringClass());
		return resolve(field.annotatedType(), bindings).withAnnotations(field.annotations());
	}

	/** Resolves a type under the bindings of the type that declares it. */
	private static TypeNode resolve(AnnotatedType type, Map<TypeVariable<?>, TypeNode> bindings) {
		List<Annotation> annotations = List.of(type.getAnnotations());
		if (type instanceof AnnotatedParameterizedType parameterized) {
			Class<?> raw = (Class<?>) ((ParameterizedType) parameterized.getType()).getRawType();
			List<TypeNode> arguments = new ArrayList<>();
			for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
				arguments.add(resolve(argument, bindings));
			}
			return new TypeNode(raw, arguments, annotations);
		}
		if (type instanceof AnnotatedTypeVariable variable) {
			TypeNode bound = bindings.get((TypeVariable<?>) variable.getType());
			if (bound == null) {
				bound = erased(rawClass(variable.getAnnotatedBounds()[0].getType()));
			}
			return bound.withAnnotations(annotations);
		}
		if (type instanceof AnnotatedWildcardType wildcard) {
			AnnotatedType[] lower = wildcard.getAnnotatedLowerBounds();
			AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
			AnnotatedType bound = (lower.length > 0) ? lower[0] : (upper.length > 0) ? upper[0] : null;
			TypeNode node = (bound != null) ? resolve(bound, bindings) : TypeNode.of(Object.class);
			return node.withAnnotations(annotations);
		}
		if (type instanceof AnnotatedArrayType array) {
			TypeNode component = resolve(array.getAnnotatedGenericComponentType(), bindings);
			return new TypeNode(component.raw().arrayType(), List.of(component), annotations);
		}
		return resolve((Class<?>) type.getType()).withAnnotations(annotations);
	}

	/** The node of a class: an array's component resolved, a generic class's parameters standing for their bound. */
	public static TypeNode resolve(Class<?> type) {
		if (type.isArray()) {
			return new TypeNode(type, List.of(resolve(type.getComponentType())), List.of());
		}
		return erased(type);
	}

	/** The type variables of {@code owner}'s class bound to its type arguments. */
	private static Map<TypeVariable<?>, TypeNode> bindings(TypeNode owner) {
		TypeVariable<?>[] parameters = owner.raw().getTypeParameters();
		if (parameters.length == 0 || parameters.length != owner.arguments().size()) {
			return Collections.emptyMap();
		}
		Map<TypeVariable<?>, TypeNode> bindings = new HashMap<>();
		for (int i = 0; i < parameters.length; i++) {
			bindings.put(parameters[i], owner.arguments().get(i));
		}
		return bindings;
	}

	/**
	 * The type variables of {@code declaring} as {@code owner} binds them, following the superclasses of
	 * {@code owner}'s class up to {@code declaring}; empty when {@code declaring} is not among them.
	 */
	private static Map<TypeVariable<?>, TypeNode> bindings(TypeNode owner, Class<?> declaring) {
		TypeNode current = owner;
		Map<TypeVariable<?>, TypeNode> bindings = bindings(current);
		while (current.raw() != declaring) {
			AnnotatedType superclass = current.raw().getAnnotatedSuperclass();
			if (superclass == null) {
				return Collections.emptyMap();
			}
			current = resolve(superclass, bindings);
			bindings = bindings(current);
		}
		return bindings;
	}

	/**
	 * A raw class with each type parameter standing for the erasure of its bound; the bound's own parameters are
	 * not followed, so that self-referencing bounds ({@code E extends Enum<E>}) end.
	 */
	private static TypeNode erased(Class<?> type) {
		TypeVariable<?>[] parameters = type.getTypeParameters();
		List<TypeNode> arguments = new ArrayList<>(parameters.length);
		for (TypeVariable<?> parameter : parameters) {
			arguments.add(new TypeNode(rawClass(parameter.getBounds()[0]), List.of(), List.of()));
		}
		return new TypeNode(type, arguments, List.of());
	}

	private static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType parameterized) {
			return rawClass(parameterized.getRawType());
		}
		if (type instanceof TypeVariable<?> variable) {
			return rawClass(variable.getBounds()[0]);
		}
		return Object.class;
	}
}
