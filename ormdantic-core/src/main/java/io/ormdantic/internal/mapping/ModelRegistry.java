package io.ormdantic.internal.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ormdantic.BackReference;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Table;
import io.ormdantic.Unique;
import io.ormdantic.internal.mapping.ModelDraft.Kind;
import io.ormdantic.internal.mapping.ModelDraft.PropertyDraft;

/**
 * The registered models. Each class is read once at registration; the restrictions that span models
 * (relations, back references) are checked when the models are linked, at the latest by {@code init()}.
 */
public final class ModelRegistry {

	private final Map<Class<?>, ModelDraft> drafts = new LinkedHashMap<>();

	private volatile Map<Class<?>, TableModel> linked;

	/**
	 * Reads and checks a model; registering a class twice is harmless.
	 *
	 * @throws ModelDefinitionException naming the model, field and broken rule
	 */
	public synchronized void register(Class<?> type) {
		if (this.drafts.containsKey(type)) {
			return;
		}
		ModelDraft draft = ModelReader.read(type);
		for (ModelDraft other : this.drafts.values()) {
			if (other.tableName().equalsIgnoreCase(draft.tableName())) {
				throw new ModelDefinitionException(draft.where(null) + "table name '" + draft.tableName()
						+ "' is already used by model " + other.type().getSimpleName());
			}
		}
		this.drafts.put(type, draft);
		this.linked = null;
	}

	/**
	 * Registers {@code type} and every model it reaches through relations and back references, so that it links
	 * without other registrations (what {@code ModelMetadata.of} needs).
	 *
	 * @throws ModelDefinitionException naming the model, field and broken rule
	 */
	public synchronized void registerReachable(Class<?> type) {
		java.util.Deque<Class<?>> pending = new java.util.ArrayDeque<>(List.of(type));
		while (!pending.isEmpty()) {
			Class<?> next = pending.pop();
			if (this.drafts.containsKey(next)) {
				continue;
			}
			register(next);
			for (PropertyDraft property : this.drafts.get(next).properties()) {
				if (property.target() != null && !this.drafts.containsKey(property.target())) {
					pending.push(property.target());
				}
			}
		}
	}

	/**
	 * Links every registered model, checking relations and back references.
	 *
	 * @throws ModelDefinitionException naming the model, field and broken rule
	 */
	public void validateAll() {
		models();
	}

	/**
	 * The linked metadata of a registered model.
	 *
	 * @throws ModelDefinitionException when the class is not registered or a restriction is broken
	 */
	public TableModel resolved(Class<?> type) {
		TableModel model = models().get(type);
		if (model == null) {
			throw new ModelDefinitionException("Model " + type.getName()
					+ " is not registered; call register(" + type.getSimpleName() + ".class) first");
		}
		return model;
	}

	/** The registered model classes, in registration order. */
	public synchronized Collection<Class<?>> modelClasses() {
		return List.copyOf(this.drafts.keySet());
	}

	/** All linked models, in registration order. */
	public Collection<TableModel> all() {
		return models().values();
	}

	private Map<Class<?>, TableModel> models() {
		Map<Class<?>, TableModel> current = this.linked;
		if (current == null) {
			synchronized (this) {
				current = this.linked;
				if (current == null) {
					current = link();
					this.linked = current;
				}
			}
		}
		return current;
	}

	private Map<Class<?>, TableModel> link() {
		Map<Class<?>, List<ColumnModel>> columns = new LinkedHashMap<>();
		for (ModelDraft draft : this.drafts.values()) {
			columns.put(draft.type(), columnsOf(draft));
		}
		Map<Class<?>, TableModel> models = new LinkedHashMap<>();
		for (ModelDraft draft : this.drafts.values()) {
			List<ColumnModel> own = columns.get(draft.type());
			models.put(draft.type(), new TableModel(draft.type(), draft.tableName(), draft.accessor(), own,
					backReferencesOf(draft, columns), indexesOf(draft, own)));
		}
		// Registration order, as all() promises: schema statements and diffs come out in a stable order.
		Map<Class<?>, TableModel> linked = java.util.Collections.unmodifiableMap(models);
		linked.values().forEach(model -> model.describe(linked::get));
		return linked;
	}

	private List<ColumnModel> columnsOf(ModelDraft draft) {
		Table table = draft.table();
		Set<String> keyed = new HashSet<>(Arrays.asList(table.indexed()));
		keyed.addAll(Arrays.asList(table.unique()));
		for (Unique unique : table.uniqueConstraints()) {
			keyed.addAll(Arrays.asList(unique.value()));
		}
		List<ColumnModel> result = new ArrayList<>();
		for (PropertyDraft property : draft.properties()) {
			if (property.kind() == Kind.BACK_REFERENCE) {
				continue;
			}
			Property p = property.property();
			boolean primaryKey = p.index() == 0;
			ColumnType type = property.type();
			int length = FieldConstraints.length(p);
			if (property.kind() == Kind.RELATION) {
				ModelDraft target = requireRegistered(draft, p.name(), property.target());
				PropertyDraft targetKey = target.primaryKey();
				type = targetKey.type();
				length = FieldConstraints.length(targetKey.property());
			}
			// The engine writes the version itself, always: the column holds no nulls.
			boolean nullable = FieldConstraints.nullable(p, primaryKey) && property.role() != ColumnRole.VERSION;
			boolean identity = primaryKey && (type == ColumnType.INTEGER || type == ColumnType.LONG);
			result.add(new ColumnModel(p.name(), Names.snakeCase(p.name()), p.index(), p.type(), p.genericType(), type,
					nullable, length, FieldConstraints.precision(p), FieldConstraints.scale(p), primaryKey, identity,
					primaryKey || keyed.contains(p.name()) || property.kind() == Kind.RELATION, property.target(), property.role()));
		}
		return result;
	}

	private List<BackReferenceModel> backReferencesOf(ModelDraft draft, Map<Class<?>, List<ColumnModel>> columns) {
		List<BackReferenceModel> result = new ArrayList<>();
		for (BackReference reference : draft.table().backReferences()) {
			PropertyDraft property = draft.property(reference.field());
			ModelDraft target = requireRegistered(draft, reference.field(), property.target());
			ColumnModel mappedBy = columns.get(target.type()).stream()
				.filter(column -> column.field().equals(reference.mappedBy()))
				.findFirst()
				.orElseThrow(() -> new ModelDefinitionException(draft.where(reference.field()) + "mappedBy '"
						+ reference.mappedBy() + "' is not a field of " + target.type().getSimpleName()));
			if (mappedBy.relationTarget() != draft.type()) {
				throw new ModelDefinitionException(draft.where(reference.field()) + "mappedBy field "
						+ target.type().getSimpleName() + "." + reference.mappedBy() + " must be typed with "
						+ draft.type().getSimpleName() + ", found " + mappedBy.javaType().getSimpleName());
			}
			result.add(new BackReferenceModel(reference.field(), property.property().index(), target.type(), mappedBy));
		}
		return result;
	}

	private static List<IndexModel> indexesOf(ModelDraft draft, List<ColumnModel> columns) {
		Table table = draft.table();
		List<IndexModel> result = new ArrayList<>();
		Set<String> leading = new HashSet<>();
		for (String field : table.unique()) {
			result.add(index("uq", draft, List.of(field), true, columns));
		}
		for (Unique unique : table.uniqueConstraints()) {
			result.add(index("uq", draft, Arrays.asList(unique.value()), true, columns));
		}
		for (String field : table.indexed()) {
			result.add(index("ix", draft, List.of(field), false, columns));
		}
		result.forEach(index -> leading.add(index.columns().get(0)));
		for (ColumnModel column : columns) {
			// Relation columns are filtered on when back references load; PostgreSQL does not index them by itself.
			if (column.isRelation() && leading.add(column.column())) {
				result.add(new IndexModel(Names.constraint("ix", draft.tableName(), List.of(column.column())),
						List.of(column.column()), false));
			}
		}
		return result;
	}

	private static IndexModel index(String prefix, ModelDraft draft, List<String> fields, boolean unique,
			List<ColumnModel> columns) {
		List<String> names = fields.stream()
			.map(field -> columns.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow().column())
			.toList();
		return new IndexModel(Names.constraint(prefix, draft.tableName(), names), names, unique);
	}

	private ModelDraft requireRegistered(ModelDraft draft, String field, Class<?> target) {
		ModelDraft targetDraft = this.drafts.get(target);
		if (targetDraft == null) {
			throw new ModelDefinitionException(draft.where(field) + "related model " + target.getSimpleName()
					+ " is not registered; register it together with " + draft.type().getSimpleName());
		}
		return targetDraft;
	}
}
