package io.ormdantic.internal.execute;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.query.SelectPlan;
import io.r2dbc.spi.Readable;

/**
 * Turns rows of one {@link SelectPlan} into models, or into entities when back references are still to be
 * loaded. Everything a row needs (column positions, converters, property slots, which node a relation joins,
 * the related model of an unjoined relation) is worked out once per plan, so reading a row is array work only:
 * one values array per node, filled straight from the row and handed to the constructor.
 */
final class RowReader {

	/** What a node of a row becomes: models, or entities that back references are added to before they become models. */
	private interface Assembly<R> {

		/** A related instance holding only its key, for a relation that is not joined. */
		R keyOnly(TableModel model, Object key);

		/** The instance of a node from its property values (an array it may keep or change). */
		R build(TableModel model, Object[] values);
	}

	private static final Assembly<Entity> ENTITIES = new Assembly<>() {

		@Override
		public Entity keyOnly(TableModel model, Object key) {
			return Entity.keyOnly(model, key);
		}

		@Override
		public Entity build(TableModel model, Object[] values) {
			return new Entity(model, values);
		}
	};

	private static final Assembly<Object> MODELS = new Assembly<>() {

		@Override
		public Object keyOnly(TableModel model, Object key) {
			return model.accessor().createFrom(Entity.keyOnlyValues(model, key));
		}

		@Override
		public Object build(TableModel model, Object[] values) {
			return model.accessor().createFrom(values);
		}
	};

	private final SelectPlan plan;

	private final boolean loadsBackReferences;

	private final TableModel[] models;

	/** Per node: the row position of its first column (its key). */
	private final int[] offsets;

	/** Per node: how many properties its values array has. */
	private final int[] propertyCounts;

	private final ValueConverter[][] converters;

	/** Per node and column: the property slot the column fills. */
	private final int[][] properties;

	/** Per node and column: the node a relation column is joined to, or -1. */
	private final int[][] joinedNode;

	/** Per node and column: the related model of a relation column, or null. */
	private final TableModel[][] relatedModels;

	RowReader(SelectPlan plan, Function<Class<?>, TableModel> models, Function<ColumnModel, ValueConverter> converterOf) {
		this.plan = plan;
		List<SelectPlan.Node> nodes = plan.nodes();
		this.loadsBackReferences = nodes.stream().anyMatch(RowReader::loadsBackReferences);
		int count = nodes.size();
		this.models = new TableModel[count];
		this.offsets = new int[count];
		this.propertyCounts = new int[count];
		this.converters = new ValueConverter[count][];
		this.properties = new int[count][];
		this.joinedNode = new int[count][];
		this.relatedModels = new TableModel[count][];
		for (SelectPlan.Node node : nodes) {
			List<ColumnModel> columns = node.model().columns();
			int n = node.index();
			this.models[n] = node.model();
			this.offsets[n] = node.offset();
			this.propertyCounts[n] = node.model().propertyCount();
			this.converters[n] = columns.stream().map(converterOf).toArray(ValueConverter[]::new);
			this.properties[n] = columns.stream().mapToInt(ColumnModel::property).toArray();
			this.relatedModels[n] = columns.stream()
				.map(column -> column.isRelation() ? models.apply(column.relationTarget()) : null)
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

	/** Whether a node of the plan has back references still to load, so rows must become entities first. */
	boolean loadsBackReferences() {
		return this.loadsBackReferences;
	}

	/** Whether this node has back references still to load below it. */
	static boolean loadsBackReferences(SelectPlan.Node node) {
		return node.remaining() > 0 && !node.model().backReferences().isEmpty();
	}

	/** The entities of one row, indexed like the plan's nodes; a node whose LEFT JOIN found no row is null. */
	Entity[] read(Readable row) {
		return assemble(row, new Entity[this.models.length], ENTITIES);
	}

	/** The model of one row, related models built from the joined columns, without an entity graph in between. */
	Object readModel(Readable row) {
		if (this.models.length == 1) {
			// Nothing is joined, so no node needs another one built first: no array of built nodes per row.
			Object[] values = readNode(row, 0, null, MODELS);
			return values == null ? null : MODELS.build(this.models[0], values);
		}
		return assemble(row, new Object[this.models.length], MODELS)[0];
	}

	/**
	 * Builds the nodes of one row into {@code built}. Children come after their parents in the plan, so going
	 * backwards finds every joined node built when the relation that joins it is read.
	 */
	private <R> R[] assemble(Readable row, R[] built, Assembly<R> assembly) {
		for (int n = built.length - 1; n >= 0; n--) {
			Object[] values = readNode(row, n, built, assembly);
			if (values != null) {
				built[n] = assembly.build(this.models[n], values);
			}
		}
		return built;
	}

	/**
	 * The property values of node {@code n}, or null when its key is null (its LEFT JOIN found no row). A relation
	 * gets the joined node's instance, or a key-only one when it is not joined; a joined relation whose key points
	 * at no row (or is null) stays null, as the joined node is then null.
	 */
	private <R> Object[] readNode(Readable row, int n, R[] built, Assembly<R> assembly) {
		ValueConverter[] columnConverters = this.converters[n];
		int position = this.offsets[n];
		Object key = read(row, position, columnConverters[0]);
		if (key == null) {
			return null;
		}
		int[] slots = this.properties[n];
		TableModel[] related = this.relatedModels[n];
		Object[] values = new Object[this.propertyCounts[n]];
		values[slots[0]] = key;
		int[] joinedNodes = this.joinedNode[n];
		for (int c = 1; c < columnConverters.length; c++) {
			Object value;
			if (joinedNodes[c] >= 0) {
				// The join matched on this column, so the joined node's key already holds its value: no second decode.
				value = built[joinedNodes[c]];
			}
			else {
				value = read(row, position + c, columnConverters[c]);
				if (value != null && related[c] != null) {
					value = assembly.keyOnly(related[c], value);
				}
			}
			values[slots[c]] = value;
		}
		return values;
	}

	private static Object read(Readable row, int position, ValueConverter converter) {
		return converter.read(row.get(position, converter.columnClass()));
	}
}
