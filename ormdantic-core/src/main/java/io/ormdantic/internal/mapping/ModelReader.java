package io.ormdantic.internal.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.ormdantic.BackReference;
import io.ormdantic.CreatedAt;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Table;
import io.ormdantic.Unique;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import io.ormdantic.internal.mapping.ModelDraft.Kind;
import io.ormdantic.internal.mapping.ModelDraft.PropertyDraft;

/** Reads one model class into a {@link ModelDraft}, enforcing the restrictions that need no other model. */
final class ModelReader {

	private ModelReader() {
	}

	static ModelDraft read(Class<?> type) {
		Table table = type.getAnnotation(Table.class);
		if (table == null) {
			throw new ModelDefinitionException("Model " + type.getName() + ": is not annotated with @Table");
		}
		String tableName = table.name().isEmpty() ? Names.snakeCase(type.getSimpleName()) : table.name();
		if (!Names.isIdentifier(tableName)) {
			throw new ModelDefinitionException("Model " + type.getSimpleName() + ": table name '" + tableName
					+ "' must be letters, digits and underscores, at most 63 characters");
		}
		ModelAccessor accessor = ModelAccessor.of(type);
		List<PropertyDraft> properties = new ArrayList<>();
		Set<String> backReferenceFields = new HashSet<>();
		for (BackReference reference : table.backReferences()) {
			backReferenceFields.add(reference.field());
		}
		ModelDraft partial = new ModelDraft(type, table, tableName, accessor, properties);
		for (Property property : accessor.properties()) {
			properties.add(classify(partial, property, backReferenceFields.contains(property.name())));
		}
		checkPrimaryKey(partial);
		checkNames(partial);
		checkRoles(partial);
		return partial;
	}

	private static PropertyDraft classify(ModelDraft draft, Property property, boolean declaredBackReference) {
		String name = property.name();
		if (!Names.isIdentifier(Names.snakeCase(name))) {
			throw new ModelDefinitionException(draft.where(name) + "the column name must be letters, digits and underscores");
		}
		Class<?> elementClass = TypeMapping.elementClass(property.genericType());
		boolean listOfModels = elementClass != null && TypeMapping.isModel(elementClass);
		if (declaredBackReference) {
			if (!listOfModels || !List.class.isAssignableFrom(property.type())) {
				throw new ModelDefinitionException(draft.where(name)
						+ "a back reference must be typed List<M> with M a @Table model, found " + property.genericType().getTypeName());
			}
			return new PropertyDraft(property, Kind.BACK_REFERENCE, null, elementClass, ColumnRole.VALUE);
		}
		if (listOfModels) {
			throw new ModelDefinitionException(draft.where(name) + "a List of model " + elementClass.getSimpleName()
					+ " must be declared in @Table(backReferences = @BackReference(field = \"" + name + "\", mappedBy = ...))");
		}
		if (TypeMapping.isModel(property.type())) {
			return new PropertyDraft(property, Kind.RELATION, null, property.type(), ColumnRole.VALUE);
		}
		ColumnType scalar = TypeMapping.scalar(property.type());
		if (scalar != null) {
			return new PropertyDraft(property, Kind.COLUMN, scalar, null, role(draft, property, scalar));
		}
		String problem = TypeMapping.jsonProblem(property.genericType());
		if (problem != null) {
			throw new ModelDefinitionException(draft.where(name) + "type " + property.genericType().getTypeName()
					+ " is not mappable (" + problem + ")");
		}
		return new PropertyDraft(property, Kind.COLUMN, ColumnType.JSON, null, role(draft, property, ColumnType.JSON));
	}

	/** The role its annotations give a column, after checking the column's type fits it. */
	private static ColumnRole role(ModelDraft draft, Property property, ColumnType type) {
		boolean version = property.field().isAnnotationPresent(Version.class);
		boolean created = property.field().isAnnotationPresent(CreatedAt.class);
		boolean updated = property.field().isAnnotationPresent(UpdatedAt.class);
		if ((version ? 1 : 0) + (created ? 1 : 0) + (updated ? 1 : 0) > 1) {
			throw new ModelDefinitionException(draft.where(property.name())
					+ "a field takes at most one of @Version, @CreatedAt and @UpdatedAt");
		}
		if (version && type != ColumnType.INTEGER && type != ColumnType.LONG) {
			throw new ModelDefinitionException(draft.where(property.name()) + "@Version needs an int, Integer, long or "
					+ "Long field, found " + property.genericType().getTypeName());
		}
		if ((created || updated) && type != ColumnType.INSTANT && type != ColumnType.OFFSET_DATETIME
				&& type != ColumnType.DATETIME) {
			throw new ModelDefinitionException(draft.where(property.name()) + "@" + (created ? "CreatedAt" : "UpdatedAt")
					+ " needs an Instant, OffsetDateTime or LocalDateTime field, found " + property.genericType().getTypeName());
		}
		return version ? ColumnRole.VERSION : created ? ColumnRole.CREATED_AT : updated ? ColumnRole.UPDATED_AT
				: ColumnRole.VALUE;
	}

	private static void checkRoles(ModelDraft draft) {
		for (ColumnRole role : List.of(ColumnRole.VERSION, ColumnRole.CREATED_AT, ColumnRole.UPDATED_AT)) {
			List<String> fields = draft.properties().stream().filter(p -> p.role() == role)
				.map(p -> p.property().name()).toList();
			if (fields.size() > 1) {
				throw new ModelDefinitionException(draft.where(fields.get(1)) + "a model has at most one "
						+ annotation(role) + " field; " + fields.get(0) + " is one already");
			}
			if (!fields.isEmpty() && fields.get(0).equals(draft.table().pk())) {
				throw new ModelDefinitionException(draft.where(fields.get(0)) + "the primary key cannot be " + annotation(role));
			}
		}
	}

	private static String annotation(ColumnRole role) {
		return switch (role) {
			case VERSION -> "@Version";
			case CREATED_AT -> "@CreatedAt";
			case UPDATED_AT -> "@UpdatedAt";
			case VALUE -> "a value";
		};
	}

	private static void checkPrimaryKey(ModelDraft draft) {
		String pk = draft.table().pk();
		if (pk.isBlank()) {
			throw new ModelDefinitionException(draft.where(null) + "@Table(pk) must name the primary key field");
		}
		PropertyDraft property = draft.property(pk);
		if (property == null) {
			throw new ModelDefinitionException(draft.where(pk) + "the primary key field does not exist");
		}
		if (property.property().index() != 0) {
			throw new ModelDefinitionException(draft.where(pk) + "the primary key must be the first component or field");
		}
		ColumnType type = property.type();
		if (property.kind() != Kind.COLUMN || (type != ColumnType.UUID && type != ColumnType.INTEGER
				&& type != ColumnType.LONG && type != ColumnType.STRING)) {
			throw new ModelDefinitionException(draft.where(pk) + "a primary key must be UUID, Integer, Long or String, found "
					+ property.property().genericType().getTypeName());
		}
	}

	private static void checkNames(ModelDraft draft) {
		Table table = draft.table();
		checkColumns(draft, "indexed", Arrays.asList(table.indexed()));
		checkColumns(draft, "unique", Arrays.asList(table.unique()));
		for (Unique unique : table.uniqueConstraints()) {
			if (unique.value().length == 0) {
				throw new ModelDefinitionException(draft.where(null) + "a @Unique constraint must name at least one field");
			}
			checkColumns(draft, "uniqueConstraints", Arrays.asList(unique.value()));
		}
		Set<String> seen = new HashSet<>();
		for (BackReference reference : table.backReferences()) {
			if (draft.property(reference.field()) == null) {
				throw new ModelDefinitionException(draft.where(reference.field()) + "the back reference field does not exist");
			}
			if (!seen.add(reference.field())) {
				throw new ModelDefinitionException(draft.where(reference.field()) + "the back reference is declared twice");
			}
		}
		Set<String> columns = new HashSet<>();
		for (PropertyDraft property : draft.properties()) {
			if (property.kind() != Kind.BACK_REFERENCE && !columns.add(Names.snakeCase(property.property().name()))) {
				throw new ModelDefinitionException(draft.where(property.property().name())
						+ "its column name " + Names.snakeCase(property.property().name()) + " is used by another field");
			}
		}
	}

	private static void checkColumns(ModelDraft draft, String attribute, List<String> fields) {
		for (String field : fields) {
			PropertyDraft property = draft.property(field);
			if (property == null) {
				throw new ModelDefinitionException(draft.where(field) + "@Table(" + attribute + ") names a field that does not exist");
			}
			if (property.kind() == Kind.BACK_REFERENCE) {
				throw new ModelDefinitionException(draft.where(field) + "@Table(" + attribute + ") cannot name a back reference");
			}
		}
	}
}
