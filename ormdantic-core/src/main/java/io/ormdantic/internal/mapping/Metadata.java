package io.ormdantic.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.ormdantic.ModelDefinitionException;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.ModelMetadata;
import io.ormdantic.metadata.TypeMetadata;

/**
 * Builds the public metadata views from the mapping: {@link ModelMetadata} of linked table models, and
 * {@link TypeMetadata} of plain records and classes. Views made without a database are cached per class.
 */
public final class Metadata {

	private static final ClassValue<TypeMetadata<?>> STANDALONE = new ClassValue<>() {
		@Override
		protected TypeMetadata<?> computeValue(Class<?> type) {
			return TypeMapping.isModel(type) ? standaloneModel(type) : plain(type);
		}
	};

	private Metadata() {
	}

	/** The view of any record or class with a no-arg constructor; a model's view when it is a {@code @Table}. */
	@SuppressWarnings("unchecked")
	public static <T> TypeMetadata<T> of(Class<T> type) {
		return (TypeMetadata<T>) STANDALONE.get(type);
	}

	/** The view of a {@code @Table} model, linked with the models it reaches, without a database. */
	@SuppressWarnings("unchecked")
	public static <T> ModelMetadata<T> model(Class<T> type) {
		if (!TypeMapping.isModel(type)) {
			throw new ModelDefinitionException("Model " + type.getName() + ": is not annotated with @Table");
		}
		return (ModelMetadata<T>) STANDALONE.get(type);
	}

	private static ModelMetadata<?> standaloneModel(Class<?> type) {
		ModelRegistry registry = new ModelRegistry();
		registry.registerReachable(type);
		return registry.resolved(type).metadata();
	}

	private static <T> TypeMetadata<T> plain(Class<T> type) {
		ModelAccessor accessor = ModelAccessor.of(type);
		List<FieldMetadata> fields = new ArrayList<>();
		for (Property property : accessor.properties()) {
			boolean json = TypeMapping.scalar(property.type()) == null;
			fields.add(field(property, null, Role.VALUE, FieldConstraints.nullable(property, false), null, null, json, false));
		}
		return new TypeView<>(type, accessor, fields);
	}

	/** The view of a linked table model; related models are found through {@code models}. */
	static <T> ModelMetadata<T> table(Class<T> type, TableModel model, Function<Class<?>, TableModel> models) {
		List<FieldMetadata> fields = new ArrayList<>();
		for (Property property : model.accessor().properties()) {
			ColumnModel column = model.column(property.name());
			if (column == null) {
				BackReferenceModel reference = model.backReference(property.name());
				fields.add(field(property, null, Role.BACK_REFERENCE, true, reference.target(), reference.mappedBy().field(),
						false, false));
				continue;
			}
			Role role = column.primaryKey() ? Role.KEY : column.isRelation() ? Role.RELATION : switch (column.role()) {
				case VERSION -> Role.VERSION;
				case CREATED_AT -> Role.CREATED_AT;
				case UPDATED_AT -> Role.UPDATED_AT;
				case VALUE -> Role.VALUE;
			};
			boolean unique = column.primaryKey() || model.indexes().stream()
				.anyMatch(index -> index.unique() && index.columns().equals(List.of(column.column())));
			fields.add(new FieldMetadata(property.name(), column.column(), property.genericType(),
					property.field().getAnnotatedType(), List.of(property.field().getAnnotations()),
					property.field().getDeclaringClass(), role, column.nullable(), column.length(), column.precision(),
					column.scale(), column.relationTarget(), null, column.type() == ColumnType.JSON, unique));
		}
		return new TableView<>(type, model, fields, models);
	}

	private static FieldMetadata field(Property property, String column, Role role, boolean nullable, Class<?> relation,
			String mappedBy, boolean json, boolean unique) {
		return new FieldMetadata(property.name(), column, property.genericType(), property.field().getAnnotatedType(),
				List.of(property.field().getAnnotations()), property.field().getDeclaringClass(), role, nullable,
				FieldConstraints.length(property), FieldConstraints.precision(property), FieldConstraints.scale(property), relation,
				mappedBy, json, unique);
	}
}
