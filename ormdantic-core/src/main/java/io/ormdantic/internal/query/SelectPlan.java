package io.ormdantic.internal.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;

/**
 * The shape of a select at one depth: the queried table and its to-one relations LEFT JOINed as far as the
 * depth reaches, with every column at a fixed position in the row. Built once per model and depth and cached,
 * so rendering a query only appends its condition and paging.
 */
public final class SelectPlan {

	/**
	 * One table instance of the select.
	 *
	 * @param index     position among the nodes; 0 is the queried table
	 * @param alias     the table alias ({@code t0}, {@code t1}, ...)
	 * @param model     the table's model
	 * @param parent    index of the node this one is joined from, -1 for the root
	 * @param via       the parent's relation column this node is joined through, null for the root
	 * @param remaining how many more hops may be loaded below this node
	 * @param offset    position of this node's first column in the row
	 */
	public record Node(int index, String alias, TableModel model, int parent, ColumnModel via, int remaining, int offset) {
	}

	private final List<Node> nodes;

	private final Map<String, Node> byPath;

	private final String selectFrom;

	private final String from;

	private SelectPlan(List<Node> nodes, Map<String, Node> byPath, String selectFrom, String from) {
		this.nodes = List.copyOf(nodes);
		this.byPath = Map.copyOf(byPath);
		this.selectFrom = selectFrom;
		this.from = from;
	}

	/**
	 * Plans a select of {@code root} loading to-one relations {@code depth} hops deep.
	 *
	 * @param models the linked model of each related class
	 */
	public static SelectPlan of(TableModel root, int depth, Function<Class<?>, TableModel> models, Dialect dialect) {
		List<Node> nodes = new ArrayList<>();
		Map<String, Node> byPath = new HashMap<>();
		StringBuilder columns = new StringBuilder();
		StringBuilder from = new StringBuilder(" FROM ").append(dialect.quote(root.name())).append(" t0");
		Node rootNode = new Node(0, "t0", root, -1, null, depth, 0);
		nodes.add(rootNode);
		byPath.put("", rootNode);
		int offset = root.columns().size();
		// Breadth-first, so aliases and column positions are stable for a given model and depth.
		for (int i = 0; i < nodes.size(); i++) {
			Node node = nodes.get(i);
			appendColumns(columns, node, dialect);
			if (node.remaining() == 0) {
				continue;
			}
			for (ColumnModel relation : node.model().relations()) {
				TableModel target = models.apply(relation.relationTarget());
				Node child = new Node(nodes.size(), "t" + nodes.size(), target, node.index(), relation,
						node.remaining() - 1, offset);
				offset += target.columns().size();
				nodes.add(child);
				String parentPath = pathOf(byPath, node);
				byPath.put(parentPath.isEmpty() ? relation.field() : parentPath + "." + relation.field(), child);
				from.append(" LEFT JOIN ").append(dialect.quote(target.name())).append(' ').append(child.alias())
					.append(" ON ").append(child.alias()).append('.').append(dialect.quote(target.primaryKey().column()))
					.append(" = ").append(node.alias()).append('.').append(dialect.quote(relation.column()));
			}
		}
		return new SelectPlan(nodes, byPath, "SELECT " + columns + from, from.toString());
	}

	private static void appendColumns(StringBuilder columns, Node node, Dialect dialect) {
		for (ColumnModel column : node.model().columns()) {
			if (!columns.isEmpty()) {
				columns.append(", ");
			}
			columns.append(node.alias()).append('.').append(dialect.quote(column.column()));
		}
	}

	private static String pathOf(Map<String, Node> byPath, Node node) {
		return byPath.entrySet().stream().filter(e -> e.getValue() == node).map(Map.Entry::getKey).findFirst().orElseThrow();
	}

	/** The table instances, root first. */
	public List<Node> nodes() {
		return this.nodes;
	}

	/** The root node. */
	public Node root() {
		return this.nodes.get(0);
	}

	/** The node reached by a dotted path of relation fields ({@code ""} for the root), or null when not joined. */
	public Node node(String relationPath) {
		return this.byPath.get(relationPath);
	}

	/** {@code SELECT <every column> FROM <table> t0 LEFT JOIN ...}. */
	public String selectFrom() {
		return this.selectFrom;
	}

	/** {@code FROM <table> t0 LEFT JOIN ...}, for counts. */
	public String from() {
		return this.from;
	}
}
