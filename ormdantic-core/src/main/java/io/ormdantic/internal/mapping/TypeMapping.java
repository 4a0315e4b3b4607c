package io.ormdantic.internal.mapping;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ormdantic.Table;

/** Decides which Java types map to which {@link ColumnType}, and which can be stored as JSON. */
final class TypeMapping {

	private static final Map<Class<?>, ColumnType> SCALARS = Map.ofEntries(
			Map.entry(String.class, ColumnType.STRING),
			Map.entry(int.class, ColumnType.INTEGER), Map.entry(Integer.class, ColumnType.INTEGER),
			Map.entry(long.class, ColumnType.LONG), Map.entry(Long.class, ColumnType.LONG),
			Map.entry(short.class, ColumnType.SHORT), Map.entry(Short.class, ColumnType.SHORT),
			Map.entry(double.class, ColumnType.DOUBLE), Map.entry(Double.class, ColumnType.DOUBLE),
			Map.entry(float.class, ColumnType.FLOAT), Map.entry(Float.class, ColumnType.FLOAT),
			Map.entry(BigDecimal.class, ColumnType.DECIMAL),
			Map.entry(boolean.class, ColumnType.BOOLEAN), Map.entry(Boolean.class, ColumnType.BOOLEAN),
			Map.entry(UUID.class, ColumnType.UUID),
			Map.entry(LocalDate.class, ColumnType.DATE),
			Map.entry(LocalTime.class, ColumnType.TIME),
			Map.entry(LocalDateTime.class, ColumnType.DATETIME),
			Map.entry(Instant.class, ColumnType.INSTANT),
			Map.entry(OffsetDateTime.class, ColumnType.OFFSET_DATETIME),
			Map.entry(Duration.class, ColumnType.DURATION),
			Map.entry(byte[].class, ColumnType.BYTES));

	private TypeMapping() {
	}

	/** The column type of a scalar Java type (enums included), or null. */
	static ColumnType scalar(Class<?> type) {
		if (type.isEnum()) {
			return ColumnType.ENUM;
		}
		return SCALARS.get(type);
	}

	/** Whether the type is a table model. */
	static boolean isModel(Class<?> type) {
		return type.isAnnotationPresent(Table.class);
	}

	/** The element class of a {@code List<M>}/{@code Collection<M>} type, or null. */
	static Class<?> elementClass(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			return rawClass(parameterized.getActualTypeArguments()[0]);
		}
		return null;
	}

	/**
	 * Why a type cannot be stored as JSON, or null when it can: maps, lists and sets of storable types,
	 * records and concrete classes with a no-arg constructor (outside {@code java.*}) whose fields are storable.
	 */
	static String jsonProblem(Type type) {
		return jsonProblem(type, new HashSet<>());
	}

	private static String jsonProblem(Type type, Set<Class<?>> visiting) {
		Class<?> raw = rawClass(type);
		if (raw == null) {
			return "type " + type.getTypeName() + " has no concrete class";
		}
		if (raw == Object.class || scalar(raw) != null) {
			return null;
		}
		if (isModel(raw)) {
			return "model " + raw.getSimpleName() + " inside a JSON value; relations must be direct fields";
		}
		if (Map.class.isAssignableFrom(raw) || List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)
				|| raw == Collection.class) {
			if (type instanceof ParameterizedType parameterized) {
				for (Type argument : parameterized.getActualTypeArguments()) {
					String problem = jsonProblem(argument, visiting);
					if (problem != null) {
						return problem;
					}
				}
				return null;
			}
			return "raw type " + raw.getSimpleName() + " needs type arguments";
		}
		if (raw.isArray()) {
			return jsonProblem(raw.getComponentType(), visiting);
		}
		if (raw.getName().startsWith("java.") || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			return "unsupported type " + raw.getName();
		}
		if (!visiting.add(raw)) {
			return null;
		}
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				String problem = jsonProblem(component.getGenericType(), visiting);
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}
		try {
			raw.getDeclaredConstructor();
		}
		catch (NoSuchMethodException ex) {
			return "type " + raw.getName() + " is neither a record nor a class with a no-arg constructor";
		}
		for (java.lang.reflect.Field field : raw.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
				String problem = jsonProblem(field.getGenericType(), visiting);
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	/** The raw class of a type, or null for type variables. */
	static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType parameterized) {
			return rawClass(parameterized.getRawType());
		}
		if (type instanceof WildcardType wildcard) {
			return rawClass(wildcard.getUpperBounds()[0]);
		}
		return null;
	}
}
