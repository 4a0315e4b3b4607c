package io.ormdantic.execute;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import io.ormdantic.convert.ValueConverter;
import io.ormdantic.mapping.ColumnModel;
import io.ormdantic.mapping.TableModel;
import io.ormdantic.sql.SelectPlan;
import io.r2dbc.spi.Readable;

/**
 * Turns rows of one {@link SelectPlan} into models, or into entities when back references are still to be
 * loaded. Everything a row needs (column positions, converters, property slots, which node a relation joins,
 * the related model of an unjoined relation) is worked out once per plan, so reading a row is array work only.
 */
final class RowReader {

	private final SelectPlan plan;

	private final TableModel[] models;

	private final ValueConverter[][] converters;

	/** Per node and column: the property slot the column fills. */
	private final int[][] properties;

	/** Per node and column: the node a relation column is joined to, or -1. */
	private final int[][] joinedNode;

	/** Per node and column: the related model of a relation column, or null. */
	private final TableModel[][] relatedModels;

	/** Per node: the positions of its relation columns. */
	private final int[][] relationColumns;

	RowReader(SelectPlan plan, EngineContext context) {
		this.plan = plan;
		List<SelectPlan.Node> nodes = plan.nodes();
		int count = nodes.size();
		this.models = new TableModel[count];
		this.converters = new ValueConverter[count][];
		this.properties = new int[count][];
		this.joinedNode = new int[count][];
		this.relatedModels = new TableModel[count][];
		this.relationColumns = new int[count][];
		for (SelectPlan.Node node : nodes) {
			List<ColumnModel> columns = node.model().columns();
			int n = node.index();
			this.models[n] = node.model();
			this.converters[n] = columns.stream().map(context::converter).toArray(ValueConverter[]::new);
			this.properties[n] = columns.stream().mapToInt(ColumnModel::property).toArray();
			this.relatedModels[n] = columns.stream()
				.map(column -> column.isRelation() ? context.model(column.relationTarget()) : null)
				.toArray(TableModel[]::new);
			TableModel[] related = this.relatedModels[n];
			this.relationColumns[n] = IntStream.range(0, columns.size()).filter(c -> related[c] != null).toArray();
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
		return assemble(row, new Entity[this.models.length], Entity::keyOnly, (n, values) -> new Entity(this.models[n], values));
	}

	/** The model of one row, related models built from the joined columns, without an entity graph in between. */
	Object readModel(Readable row) {
		return assemble(row, new Object[this.models.length], RowReader::keyOnlyModel,
				(n, values) -> this.models[n].accessor().createFrom(values))[0];
	}

	/**
	 * Builds the nodes of one row into {@code built}: each relation slot gets the joined node's result, or a key-only
	 * result when the relation is not joined. Children come after their parents in the plan, so going backwards finds
	 * every joined child ready; a joined relation whose key points at no row stays null.
	 */
	private <R> R[] assemble(Readable row, R[] built, BiFunction<TableModel, Object, R> keyOnly,
			BiFunction<Integer, Object[], R> node) {
		Object[][] values = readValues(row);
		for (int n = values.length - 1; n >= 0; n--) {
			if (values[n] != null) {
				for (int c : this.relationColumns[n]) {
					int slot = this.properties[n][c];
					Object key = values[n][slot];
					if (key != null) {
						int joined = this.joinedNode[n][c];
						values[n][slot] = joined >= 0 ? built[joined] : keyOnly.apply(this.relatedModels[n][c], key);
					}
				}
				built[n] = node.apply(n, values[n]);
			}
		}
		return built;
	}

	private static Object keyOnlyModel(TableModel model, Object key) {
		Object[] values = new Object[model.propertyCount()];
		values[model.primaryKey().property()] = key;
		return model.accessor().createFrom(values);
	}

	/**
	 * Reads every column in row order into property-indexed arrays, one per node; relation slots hold the raw key.
	 * A node whose key is null (its LEFT JOIN found no row) gets null.
	 */
	private Object[][] readValues(Readable row) {
		int count = this.models.length;
		Object[][] values = new Object[count][];
		int position = 0;
		for (int n = 0; n < count; n++) {
			ValueConverter[] columnConverters = this.converters[n];
			int[] slots = this.properties[n];
			Object[] node = new Object[this.models[n].propertyCount()];
			for (int c = 0; c < columnConverters.length; c++) {
				ValueConverter converter = columnConverters[c];
				node[slots[c]] = converter.read(row.get(position++, converter.columnClass()));
			}
			values[n] = node[slots[0]] == null ? null : node;
		}
		return values;
	}
}
