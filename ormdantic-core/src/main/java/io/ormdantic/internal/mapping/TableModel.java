package io.ormdantic.internal.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.ormdantic.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of one registered table model, read and validated once: its columns (primary key first),
 * back references and indexes. Knows no SQL syntax.
 */
public final class TableModel {

	private final Class<?> type;

	private final String name;

	private final ModelAccessor accessor;

	private final List<ColumnModel> columns;

	private final List<BackReferenceModel> backReferences;

	private final List<IndexModel> indexes;

	private final Map<String, ColumnModel> columnsByField = new LinkedHashMap<>();

	private final Map<String, BackReferenceModel> backReferencesByField = new LinkedHashMap<>();

	private final boolean[] backReferenceProperties;

	/** Cached: read for every related row that is built holding its key only. */
	private final int propertyCount;

	private final int keyProperty;

	private final @Nullable ColumnModel version;

	private final @Nullable ColumnModel createdAt;

	private final @Nullable ColumnModel updatedAt;

	/** The public view, set once when the model is linked. */
	private volatile ModelMetadata<?> metadata;

	/** Creates the metadata; the first column must be the primary key. */
	public TableModel(Class<?> type, String name, ModelAccessor accessor, List<ColumnModel> columns,
			List<BackReferenceModel> backReferences, List<IndexModel> indexes) {
		this.type = type;
		this.name = name;
		this.accessor = accessor;
		this.columns = List.copyOf(columns);
		this.backReferences = List.copyOf(backReferences);
		this.indexes = List.copyOf(indexes);
		this.columns.forEach(column -> this.columnsByField.put(column.field(), column));
		this.backReferences.forEach(reference -> this.backReferencesByField.put(reference.field(), reference));
		this.backReferenceProperties = new boolean[accessor.properties().size()];
		this.backReferences.forEach(reference -> this.backReferenceProperties[reference.property()] = true);
		this.propertyCount = accessor.properties().size();
		this.keyProperty = this.columns.get(0).property();
		this.version = withRole(ColumnRole.VERSION);
		this.createdAt = withRole(ColumnRole.CREATED_AT);
		this.updatedAt = withRole(ColumnRole.UPDATED_AT);
	}

	private @Nullable ColumnModel withRole(ColumnRole role) {
		return this.columns.stream().filter(column -> column.role() == role).findFirst().orElse(null);
	}

	/** The position of a column among {@link #columns()}, or -1 for null (a role the model does not have). */
	public int columnIndex(@Nullable ColumnModel column) {
		return column == null ? -1 : this.columns.indexOf(column);
	}

	/** The {@code @Version} column, or null when the model has none. */
	public @Nullable ColumnModel version() {
		return this.version;
	}

	/** The {@code @CreatedAt} column, or null when the model has none. */
	public @Nullable ColumnModel createdAt() {
		return this.createdAt;
	}

	/** The {@code @UpdatedAt} column, or null when the model has none. */
	public @Nullable ColumnModel updatedAt() {
		return this.updatedAt;
	}

	/** Whether the engine writes a column itself (a version or an audit time). */
	public boolean stampsColumns() {
		return this.version != null || this.createdAt != null || this.updatedAt != null;
	}

	/** Builds the public view once the models this one relates to are linked; {@code models} finds them. */
	void describe(Function<Class<?>, TableModel> models) {
		this.metadata = Metadata.table(this.type, this, models);
	}

	/** The public, read-only view of this model. */
	public ModelMetadata<?> metadata() {
		return this.metadata;
	}

	/** The model class. */
	public Class<?> type() {
		return this.type;
	}

	/** The simple class name, for messages. */
	public String simpleName() {
		return this.type.getSimpleName();
	}

	/** The table name. */
	public String name() {
		return this.name;
	}

	/** Reads and creates instances. */
	public ModelAccessor accessor() {
		return this.accessor;
	}

	/** The stored columns, primary key first, in declaration order. */
	public List<ColumnModel> columns() {
		return this.columns;
	}

	/** The primary key column. */
	public ColumnModel primaryKey() {
		return this.columns.get(0);
	}

	/** The columns that hold keys of related models. */
	public List<ColumnModel> relations() {
		return this.columns.stream().filter(ColumnModel::isRelation).toList();
	}

	/** The back references, in declaration order. */
	public List<BackReferenceModel> backReferences() {
		return this.backReferences;
	}

	/** Indexes and unique constraints. */
	public List<IndexModel> indexes() {
		return this.indexes;
	}

	/** The column of a Java field, or null when the field is not a stored column. */
	public ColumnModel column(String field) {
		return this.columnsByField.get(field);
	}

	/** The back reference of a Java field, or null. */
	public BackReferenceModel backReference(String field) {
		return this.backReferencesByField.get(field);
	}

	/** Whether the property at {@code index} is a back reference. */
	public boolean isBackReference(int index) {
		return this.backReferenceProperties[index];
	}

	/** Number of properties (columns and back references) of the model. */
	public int propertyCount() {
		return this.propertyCount;
	}

	/** The property index of the primary key. */
	public int keyProperty() {
		return this.keyProperty;
	}

	/** The names of all queryable fields, for messages. */
	public String fieldNames() {
		return String.join(", ", this.columnsByField.keySet());
	}

	@Override
	public String toString() {
		return "TableModel[" + this.simpleName() + " -> " + this.name + "]";
	}
}
