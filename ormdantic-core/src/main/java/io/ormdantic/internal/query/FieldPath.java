package io.ormdantic.internal.query;

import java.util.List;
import java.util.function.Function;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.FieldPaths;
import io.ormdantic.internal.mapping.TableModel;

/**
 * A field named in a query, resolved against the model metadata and the select plan: the only way a user's string
 * reaches statement text is as the column name it resolves to.
 *
 * @param node   the table instance holding the column
 * @param column the column
 */
public record FieldPath(SelectPlan.Node node, ColumnModel column) {

	/**
	 * Resolves {@code name} ({@code "sweetener"}, {@code "flavor.name"}) for a clause of a query on the plan's root.
	 *
	 * @param clause for messages: {@code where} or {@code orderBy}
	 * @throws InvalidQueryException for an empty segment, an unknown field, a back reference, or a path deeper than
	 *                               the depth
	 */
	static FieldPath resolve(SelectPlan plan, String name, String clause, Function<Class<?>, TableModel> models) {
		TableModel root = plan.root().model();
		List<String> segments = FieldPaths.segments(name, root.simpleName() + " (" + clause + ")");
		String relationPath = String.join(".", segments.subList(0, segments.size() - 1));
		String field = segments.get(segments.size() - 1);
		SelectPlan.Node node = plan.node(relationPath);
		if (node == null) {
			int hops = checkRelationPath(root, segments.subList(0, segments.size() - 1), name, clause, models);
			throw new InvalidQueryException("Field '" + name + "' in " + clause + " of " + root.simpleName()
					+ " reaches " + hops + " relation(s) deep; query with depth >= " + hops);
		}
		TableModel model = node.model();
		ColumnModel column = model.column(field);
		if (column == null) {
			if (model.backReference(field) != null) {
				throw new InvalidQueryException("Field '" + name + "' in " + clause + " of " + root.simpleName()
						+ " is a back reference (a list of rows) and cannot be compared or ordered by");
			}
			throw unknown(root, name, clause, model);
		}
		return new FieldPath(node, column);
	}

	private static int checkRelationPath(TableModel root, List<String> relations, String name, String clause,
			Function<Class<?>, TableModel> models) {
		TableModel model = root;
		for (String segment : relations) {
			ColumnModel column = model.column(segment);
			if (column == null || !column.isRelation()) {
				throw unknown(root, name, clause, model);
			}
			model = models.apply(column.relationTarget());
		}
		return relations.size();
	}

	private static InvalidQueryException unknown(TableModel root, String name, String clause, TableModel model) {
		return new InvalidQueryException("Unknown field '" + name + "' in " + clause + " of " + root.simpleName()
				+ "; fields of " + model.simpleName() + " are: " + model.fieldNames());
	}
}
