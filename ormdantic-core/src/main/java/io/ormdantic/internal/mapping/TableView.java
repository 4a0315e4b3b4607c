package io.ormdantic.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.IndexMetadata;
import io.ormdantic.metadata.ModelMetadata;

/**
 * {@link ModelMetadata} of one linked {@link TableModel}; related models are looked up among the models it was
 * linked with.
 *
 * @param <T> the model type
 */
final class TableView<T> extends TypeView<T> implements ModelMetadata<T> {

	private final TableModel model;

	private final Function<Class<?>, TableModel> models;

	private final List<IndexMetadata> indexes;

	private final List<IndexMetadata> uniqueConstraints;

	TableView(Class<T> type, TableModel model, List<FieldMetadata> fields, Function<Class<?>, TableModel> models) {
		super(type, model.accessor(), fields);
		this.model = model;
		this.models = models;
		List<IndexMetadata> plain = new ArrayList<>();
		List<IndexMetadata> unique = new ArrayList<>();
		for (IndexModel index : model.indexes()) {
			List<String> names = index.columns().stream().map(this::fieldOf).toList();
			(index.unique() ? unique : plain).add(new IndexMetadata(index.name(), names, index.columns(), index.unique()));
		}
		this.indexes = List.copyOf(plain);
		this.uniqueConstraints = List.copyOf(unique);
	}

	private String fieldOf(String column) {
		return this.model.columns().stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow().field();
	}

	@Override
	public String table() {
		return this.model.name();
	}

	@Override
	public FieldMetadata key() {
		return fields().get(this.model.keyProperty());
	}

	@Override
	public List<IndexMetadata> indexes() {
		return this.indexes;
	}

	@Override
	public List<IndexMetadata> uniqueConstraints() {
		return this.uniqueConstraints;
	}

	@Override
	public ModelMetadata<?> related(String field) {
		FieldMetadata metadata = field(field);
		if (metadata == null || metadata.relation() == null) {
			throw new InvalidQueryException(where(field) + "not a relation or back reference; fields are: " + names());
		}
		return this.models.apply(metadata.relation()).metadata();
	}

	@Override
	public FieldMetadata path(String path) {
		List<String> segments = FieldPaths.segments(path, this.model.simpleName());
		ModelMetadata<?> current = this;
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			FieldMetadata field = current.field(segment);
			if (field == null) {
				throw new InvalidQueryException("Unknown field '" + path + "' of " + this.model.simpleName() + "; fields of "
						+ current.type().getSimpleName() + " are: " + String.join(", ",
								current.fields().stream().map(FieldMetadata::name).toList()));
			}
			if (i == segments.size() - 1) {
				return field;
			}
			if (field.role() != Role.RELATION) {
				throw new InvalidQueryException("Field path '" + path + "' of " + this.model.simpleName() + ": '" + segment
						+ "' is not a relation, so nothing follows it");
			}
			current = current.related(segment);
		}
		throw new IllegalStateException("unreachable: a path has at least one segment");
	}
}
