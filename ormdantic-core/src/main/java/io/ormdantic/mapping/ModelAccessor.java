package io.ormdantic.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import io.ormdantic.ModelDefinitionException;

/**
 * Reads property values from model instances and creates instances from values, through reflection resolved
 * once per class. Values are read from the fields, as Spring Data's default field access does: for a record, the
 * state its canonical constructor set, whatever an accessor may make of it. Records are created through their
 * canonical constructor, classes through their no-arg constructor and fields.
 */
public final class ModelAccessor {

	// Handles are adapted to these erased types once, so every call is an invokeExact without per-call adaptation.
	private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

	private static final MethodType RECORD_CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

	private static final MethodType NO_ARG = MethodType.methodType(Object.class);

	private final Class<?> type;

	private final List<Property> properties;

	/**
	 * Read through {@link Field#get}, not method handles: one call site serves every model, and a handle that is
	 * not a constant is invoked through its lambda form there, about four times slower than the field accessor.
	 */
	private final Field[] fields;

	private final MethodHandle[] setters;

	private final MethodHandle constructor;

	private final Object[] defaults;

	/** Whether any property is primitive, so that a null must become its default before construction. */
	private final boolean hasPrimitives;

	private ModelAccessor(Class<?> type, List<Property> properties, MethodHandle[] setters, MethodHandle constructor) {
		this.type = type;
		this.properties = List.copyOf(properties);
		// Each property's field, made accessible where the property was found.
		this.fields = properties.stream().map(Property::field).toArray(Field[]::new);
		this.setters = setters;
		this.constructor = constructor;
		this.defaults = new Object[properties.size()];
		for (Property property : properties) {
			this.defaults[property.index()] = defaultValue(property.type());
		}
		this.hasPrimitives = properties.stream().anyMatch(property -> property.type().isPrimitive());
	}

	/**
	 * An accessor for a record or a class with a no-arg constructor.
	 *
	 * @throws ModelDefinitionException when the class is neither
	 */
	public static ModelAccessor of(Class<?> type) {
		try {
			return type.isRecord() ? forRecord(type) : forClass(type);
		}
		catch (IllegalAccessException | NoSuchMethodException | NoSuchFieldException | RuntimeException ex) {
			if (ex instanceof ModelDefinitionException mde) {
				throw mde;
			}
			throw new ModelDefinitionException("Model " + type.getName() + " cannot be accessed: " + ex);
		}
	}

	private static ModelAccessor forRecord(Class<?> type)
			throws IllegalAccessException, NoSuchMethodException, NoSuchFieldException {
		MethodHandles.Lookup lookup = MethodHandles.lookup();
		RecordComponent[] components = type.getRecordComponents();
		List<Property> properties = new ArrayList<>();
		Class<?>[] parameterTypes = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Field field = type.getDeclaredField(component.getName());
			properties.add(new Property(component.getName(), component.getType(), component.getGenericType(), field, i));
			field.setAccessible(true);
			parameterTypes[i] = component.getType();
		}
		Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
		canonical.setAccessible(true);
		MethodHandle constructor = lookup.unreflectConstructor(canonical)
			.asSpreader(Object[].class, components.length)
			.asType(RECORD_CONSTRUCTOR);
		return new ModelAccessor(type, properties, null, constructor);
	}

	private static ModelAccessor forClass(Class<?> type) throws IllegalAccessException {
		if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
			throw new ModelDefinitionException("Model " + type.getName() + " must be a record or a concrete class");
		}
		Constructor<?> noArg;
		try {
			noArg = type.getDeclaredConstructor();
		}
		catch (NoSuchMethodException ex) {
			throw new ModelDefinitionException("Model " + type.getName()
					+ " must be a record or have a no-arg constructor (rule: models are records or classes with fields)");
		}
		noArg.setAccessible(true);
		MethodHandles.Lookup lookup = MethodHandles.lookup();
		List<Field> fields = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			List<Field> own = new ArrayList<>();
			for (Field field : c.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
					own.add(field);
				}
			}
			fields.addAll(0, own);
		}
		List<Property> properties = new ArrayList<>();
		MethodHandle[] setters = new MethodHandle[fields.size()];
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			field.setAccessible(true);
			properties.add(new Property(field.getName(), field.getType(), field.getGenericType(), field, i));
			setters[i] = lookup.unreflectSetter(field).asType(SETTER);
		}
		return new ModelAccessor(type, properties, setters, lookup.unreflectConstructor(noArg).asType(NO_ARG));
	}

	/** The model class. */
	public Class<?> type() {
		return this.type;
	}

	/** The properties in declaration order. */
	public List<Property> properties() {
		return this.properties;
	}

	/** The value of property {@code index} of {@code instance}. */
	public Object get(Object instance, int index) {
		try {
			return this.fields[index].get(instance);
		}
		catch (IllegalAccessException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + this.type.getSimpleName() + "."
					+ this.properties.get(index).name(), ex);
		}
	}

	/** A new instance holding {@code values} (indexed like the properties); nulls for primitives become their default. */
	public Object create(Object[] values) {
		return createFrom(values.clone());
	}

	/**
	 * Like {@link #create(Object[])}, but may change {@code values} (primitive defaults are filled in): for callers
	 * that built the array for this call only, saving a copy per row.
	 */
	public Object createFrom(Object[] values) {
		if (this.hasPrimitives) {
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					values[i] = this.defaults[i];
				}
			}
		}
		try {
			if (this.setters == null) {
				return (Object) this.constructor.invokeExact(values);
			}
			Object instance = (Object) this.constructor.invokeExact();
			for (int i = 0; i < values.length; i++) {
				this.setters[i].invokeExact(instance, values[i]);
			}
			return instance;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Cannot create " + this.type.getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

	/** A copy of {@code instance} with property {@code index} replaced. */
	public Object with(Object instance, int index, Object value) {
		Object[] values = new Object[this.properties.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = get(instance, i);
		}
		values[index] = value;
		return create(values);
	}

	private static Object defaultValue(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0d;
		}
		if (type == float.class) {
			return 0f;
		}
		if (type == short.class) {
			return (short) 0;
		}
		if (type == byte.class) {
			return (byte) 0;
		}
		return 0;
	}
}
