package io.ormdantic.execute;

import java.util.Arrays;
import java.util.List;

import io.ormdantic.convert.ValueConverter;
import io.ormdantic.mapping.ColumnModel;
import io.ormdantic.mapping.TableModel;
import io.ormdantic.sql.SelectPlan;
import io.r2dbc.spi.Readable;

/**
 * Turns rows of one {@link SelectPlan} into entities. Everything a row needs (column positions, converters,
 * which node a relation joins, the related model of an unjoined relation) is worked out once per plan, so
 * reading a row is array lookups only.
 */
final class RowReader {

	private final SelectPlan plan;

	private final TableModel[] models;

	private final ValueConverter[][] converters;

	/** Per node and column: the node a relation column is joined to, or -1. */
	private final int[][] joinedNode;

	/** Per node and column: the related model of a relation column, or null. */
	private final TableModel[][] relatedModels;

	RowReader(SelectPlan plan, EngineContext context) {
		this.plan = plan;
		List<SelectPlan.Node> nodes = plan.nodes();
		int count = nodes.size();
		this.models = new TableModel[count];
		this.converters = new ValueConverter[count][];
		this.joinedNode = new int[count][];
		this.relatedModels = new TableModel[count][];
		for (SelectPlan.Node node : nodes) {
			List<ColumnModel> columns = node.model().columns();
			int n = node.index();
			this.models[n] = node.model();
			this.converters[n] = columns.stream().map(context::converter).toArray(ValueConverter[]::new);
			this.relatedModels[n] = columns.stream()
				.map(column -> column.isRelation() ? context.model(column.relationTarget()) : null)
				.toArray(TableModel[]::new);
			this.joinedNode[n] = new int[columns.size()];
			Arrays.fill(this.joinedNode[n], -1);
		}
		for (SelectPlan.Node node : nodes) {
			if (node.parent() >= 0) {
				int column = nodes.get(node.parent()).model().columns().indexOf(node.via());
				this.joinedNode[node.parent()][column] = node.index();
			}
		}
	}

	SelectPlan plan() {
		return this.plan;
	}

	/** The entities of one row, indexed like the plan's nodes; a node whose LEFT JOIN found no row is null. */
	Entity[] read(Readable row) {
		int count = this.models.length;
		Object[][] raw = new Object[count][];
		int position = 0;
		for (int n = 0; n < count; n++) {
			ValueConverter[] columnConverters = this.converters[n];
			Object[] values = new Object[columnConverters.length];
			for (int c = 0; c < values.length; c++) {
				ValueConverter converter = columnConverters[c];
				values[c] = converter.read(row.get(position++, converter.columnClass()));
			}
			raw[n] = values;
		}
		Entity[] entities = new Entity[count];
		// Children come after their parents in the plan, so building backwards finds every joined child ready.
		for (int n = count - 1; n >= 0; n--) {
			if (raw[n][0] != null) {
				entities[n] = entity(n, raw[n], entities);
			}
		}
		return entities;
	}

	private Entity entity(int node, Object[] raw, Entity[] entities) {
		Entity entity = new Entity(this.models[node]);
		List<ColumnModel> columns = this.models[node].columns();
		for (int c = 0; c < raw.length; c++) {
			Object value = raw[c];
			TableModel related = this.relatedModels[node][c];
			if (value != null && related != null) {
				int joined = this.joinedNode[node][c];
				// A joined relation whose key points at no row stays null; an unjoined one holds its key only.
				value = joined >= 0 ? entities[joined] : Entity.keyOnly(related, value);
			}
			entity.values[columns.get(c).property()] = value;
		}
		return entity;
	}
}
