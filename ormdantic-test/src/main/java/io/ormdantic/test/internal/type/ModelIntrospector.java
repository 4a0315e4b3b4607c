package io.ormdantic.test.internal.type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.ormdantic.BackReference;
import io.ormdantic.Table;
import io.ormdantic.test.internal.type.PropertyShape.Role;

/**
 * Reads records and classes with a no-arg constructor into {@link ModelShape}s, once per type: properties with
 * their resolved types and annotations, method handles to read and create, and their role in a {@code @Table}.
 */
public final class ModelIntrospector {

	private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

	private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

	private static final Map<TypeNode, ModelShape> shapes = new ConcurrentHashMap<>();

	private ModelIntrospector() {
	}

	/**
	 * Whether the generator builds values of this class from their properties: a record, or a concrete class
	 * outside the JDK with a no-arg constructor.
	 */
	public static boolean isComposite(Class<?> type) {
		if (type.isPrimitive() || type.isArray() || type.isEnum() || type.isInterface()
				|| Modifier.isAbstract(type.getModifiers()) || isJdk(type)) {
			return false;
		}
		if (type.isRecord()) {
			return true;
		}
		return Arrays.stream(type.getDeclaredConstructors()).anyMatch((constructor) -> constructor.getParameterCount() == 0);
	}

	/** Whether the class is a {@code @Table} model. */
	public static boolean isTable(Class<?> type) {
		return type.isAnnotationPresent(Table.class);
	}

	/**
	 * The shape of a composite type (see {@link #isComposite}).
	 *
	 * @throws IllegalArgumentException when its members cannot be accessed
	 */
	public static ModelShape shape(TypeNode type) {
		TypeNode key = type.withoutAnnotations();
		ModelShape shape = shapes.get(key);
		if (shape == null) {
			shape = read(key);
			shapes.putIfAbsent(key, shape);
		}
		return shape;
	}

	/** The shape of a model class, its type parameters standing for their bounds. */
	public static ModelShape shape(Class<?> type) {
		return shape(TypeNode.of(type));
	}

	private static ModelShape read(TypeNode type) {
		try {
			return type.raw().isRecord() ? readRecord(type) : readClass(type);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalArgumentException("cannot access " + type.raw().getName() + " (" + ex + ")", ex);
		}
	}

	private static ModelShape readRecord(TypeNode type) throws ReflectiveOperationException {
		Class<?> raw = type.raw();
		Map<TypeVariable<?>, TypeNode> bindings = TypeResolver.bindings(type);
		TableRoles roles = TableRoles.of(raw);
		MethodHandles.Lookup lookup = MethodHandles.lookup();
		RecordComponent[] components = raw.getRecordComponents();
		List<PropertyShape> properties = new ArrayList<>(components.length);
		Class<?>[] parameterTypes = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Field field = raw.getDeclaredField(component.getName());
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			MethodHandle getter = lookup.unreflect(accessor).asType(GETTER);
			properties.add(property(component.getName(), i, component.getAnnotatedType(), field, bindings, roles, getter));
			parameterTypes[i] = component.getType();
		}
		Constructor<?> canonical = raw.getDeclaredConstructor(parameterTypes);
		canonical.setAccessible(true);
		MethodHandle constructor = lookup.unreflectConstructor(canonical)
			.asSpreader(Object[].class, components.length)
			.asType(MethodType.methodType(Object.class, Object[].class));
		return new ModelShape(type, properties, new Instantiator.Canonical(raw, constructor), roles.table());
	}

	private static ModelShape readClass(TypeNode type) throws ReflectiveOperationException {
		Class<?> raw = type.raw();
		TableRoles roles = TableRoles.of(raw);
		MethodHandles.Lookup lookup = MethodHandles.lookup();
		List<PropertyShape> properties = new ArrayList<>();
		List<MethodHandle> setters = new ArrayList<>();
		for (DeclaringType declaring : hierarchy(type)) {
			for (Field field : declaring.type().raw().getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
					continue;
				}
				field.setAccessible(true);
				MethodHandle getter = lookup.unreflectGetter(field).asType(GETTER);
				properties.add(property(field.getName(), properties.size(), field.getAnnotatedType(), field,
						declaring.bindings(), roles, getter));
				setters.add(lookup.unreflectSetter(field).asType(SETTER));
			}
		}
		Constructor<?> noArg = raw.getDeclaredConstructor();
		noArg.setAccessible(true);
		MethodHandle constructor = lookup.unreflectConstructor(noArg).asType(MethodType.methodType(Object.class));
		Instantiator instantiator = new Instantiator.FieldByField(raw, constructor, setters.toArray(MethodHandle[]::new));
		return new ModelShape(type, properties, instantiator, roles.table());
	}

	/** The class and its superclasses below {@code Object}, superclass first, each with its type variables bound. */
	private static List<DeclaringType> hierarchy(TypeNode type) {
		List<DeclaringType> hierarchy = new ArrayList<>();
		TypeNode current = type;
		while (current != null && current.raw() != Object.class) {
			Map<TypeVariable<?>, TypeNode> bindings = TypeResolver.bindings(current);
			hierarchy.add(0, new DeclaringType(current, bindings));
			AnnotatedType superclass = current.raw().getAnnotatedSuperclass();
			current = (superclass != null) ? TypeResolver.resolve(superclass, bindings) : null;
		}
		return hierarchy;
	}

	private static PropertyShape property(String name, int index, AnnotatedType annotatedType, Field field,
			Map<TypeVariable<?>, TypeNode> bindings, TableRoles roles, MethodHandle getter) {
		TypeNode type = TypeResolver.resolve(annotatedType, bindings).withAnnotations(List.of(field.getAnnotations()));
		return new PropertyShape(name, index, type, roles.role(name, type.raw()), roles.unique(name), getter);
	}

	private static boolean isJdk(Class<?> type) {
		String name = type.getName();
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")
				|| name.startsWith("com.sun.");
	}

	private record DeclaringType(TypeNode type, Map<TypeVariable<?>, TypeNode> bindings) {
	}

	/** What {@code @Table} says about the properties of one class. */
	private record TableRoles(boolean table, String primaryKey, Set<String> backReferences, Set<String> unique) {

		static TableRoles of(Class<?> type) {
			Table table = type.getAnnotation(Table.class);
			if (table == null) {
				return new TableRoles(false, null, Set.of(), Set.of());
			}
			Set<String> backReferences = new HashSet<>();
			for (BackReference reference : table.backReferences()) {
				backReferences.add(reference.field());
			}
			return new TableRoles(true, table.pk(), backReferences, Set.of(table.unique()));
		}

		Role role(String name, Class<?> type) {
			if (name.equals(this.primaryKey)) {
				return Role.PRIMARY_KEY;
			}
			if (this.backReferences.contains(name)) {
				return Role.BACK_REFERENCE;
			}
			return (this.table && isTable(type)) ? Role.RELATION : Role.VALUE;
		}

		boolean unique(String name) {
			return name.equals(this.primaryKey) || this.unique.contains(name);
		}
	}
}
