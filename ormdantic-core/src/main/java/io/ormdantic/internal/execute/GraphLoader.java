package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.ormdantic.internal.mapping.BackReferenceModel;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.query.SelectPlan;
import io.ormdantic.internal.sql.SqlStatement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads models with their relations to a depth: to-one relations come with the rows through the plan's joins;
 * each back reference of each plan node is then loaded with one {@code IN (...)} query over all owners of the
 * page (chunked under the bind-parameter limit), so the number of statements depends on the depth, not on the
 * number of rows. Rows are read to the end before those queries run, so a result stream is never left open
 * while another statement needs the connection.
 */
final class GraphLoader {

	private final EngineContext context;

	GraphLoader(EngineContext context) {
		this.context = context;
	}

	/** The models a statement over the plan of {@code model} at {@code depth} selects, streamed when no back reference is due. */
	Flux<Object> stream(TableModel model, int depth, SqlStatement statement) {
		RowReader reader = this.context.reader(model, depth);
		if (!reader.loadsBackReferences()) {
			return this.context.runner().query(statement, reader::readModel);
		}
		return load(reader, statement).flatMapIterable(GraphLoader::models);
	}

	/** Like {@link #stream}, as one list: a page needs no stream of its rows in between. */
	Mono<List<Object>> list(TableModel model, int depth, SqlStatement statement) {
		RowReader reader = this.context.reader(model, depth);
		if (!reader.loadsBackReferences()) {
			return this.context.runner().query(statement, reader::readModel).collectList();
		}
		return load(reader, statement).map(GraphLoader::models);
	}

	private static List<Object> models(List<Entity> roots) {
		List<Object> models = new ArrayList<>(roots.size());
		roots.forEach(root -> models.add(root.toModel()));
		return models;
	}

	private Mono<List<Entity>> load(RowReader reader, SqlStatement statement) {
		return this.context.runner().query(statement, reader::read).collectList()
			.flatMap(rows -> loadBackReferences(reader.plan(), rows).then(Mono.fromSupplier(() -> roots(rows))));
	}

	private static List<Entity> roots(List<Entity[]> rows) {
		List<Entity> roots = new ArrayList<>(rows.size());
		rows.forEach(row -> roots.add(row[0]));
		return roots;
	}

	private Mono<Void> loadBackReferences(SelectPlan plan, List<Entity[]> rows) {
		if (rows.isEmpty()) {
			return Mono.empty();
		}
		List<Supplier<Mono<Void>>> loads = new ArrayList<>();
		for (SelectPlan.Node node : plan.nodes()) {
			if (RowReader.loadsBackReferences(node)) {
				Map<Object, List<Entity>> owners = ownersByKey(rows, node.index());
				for (BackReferenceModel reference : node.model().backReferences()) {
					loads.add(() -> loadReference(reference, owners, node.remaining() - 1));
				}
			}
		}
		// One back reference (the usual case) runs without operators around it; more run one after the other.
		return loads.size() == 1 ? loads.get(0).get() : Flux.fromIterable(loads).concatMap(Supplier::get).then();
	}

	private static Map<Object, List<Entity>> ownersByKey(List<Entity[]> rows, int node) {
		Map<Object, List<Entity>> owners = new LinkedHashMap<>();
		Set<Entity> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Entity[] row : rows) {
			Entity owner = row[node];
			if (owner != null && seen.add(owner)) {
				owners.computeIfAbsent(owner.key(), key -> new ArrayList<>(1)).add(owner);
			}
		}
		return owners;
	}

	/**
	 * Loads one back reference of every owner: each owner key gets its list up front, shared by the entities with
	 * that key, and every child goes into the list of the owner its {@code mappedBy} column names as it arrives.
	 */
	private Mono<Void> loadReference(BackReferenceModel reference, Map<Object, List<Entity>> owners, int depth) {
		if (owners.isEmpty()) {
			return Mono.empty();
		}
		Map<Object, List<Object>> lists = new HashMap<>(owners.size() * 2);
		owners.forEach((key, entities) -> {
			List<Object> list = new ArrayList<>();
			lists.put(key, list);
			entities.forEach(entity -> entity.values[reference.property()] = list);
		});
		TableModel target = this.context.model(reference.target());
		RowReader reader = this.context.reader(target, depth);
		SelectPlan plan = reader.plan();
		ColumnModel mappedBy = reference.mappedBy();
		Flux<Object> children;
		Function<Object, Object> ownerKeyOf;
		if (reader.loadsBackReferences()) {
			children = inChunks(owners.keySet(), part -> load(reader, this.context.renderer().selectWhereIn(plan, mappedBy, part))
				.flatMapIterable(entities -> entities));
			ownerKeyOf = child -> ((Entity) child).relatedKey(mappedBy);
		}
		else {
			// Children with nothing more to load go straight to models; their owner's key is read off the model.
			TableModel owner = this.context.model(mappedBy.relationTarget());
			int ownerKey = owner.primaryKey().property();
			children = inChunks(owners.keySet(), part -> this.context.runner()
				.query(this.context.renderer().selectWhereIn(plan, mappedBy, part), reader::readModel));
			ownerKeyOf = child -> {
				Object parent = target.accessor().get(child, mappedBy.property());
				return parent == null ? null : owner.accessor().get(parent, ownerKey);
			};
		}
		// collect, not doOnNext().then(): ignoring elements hands each one to the discard hook, a context walk per row.
		return children.collect(() -> lists, (byOwner, child) -> {
			List<Object> list = byOwner.get(ownerKeyOf.apply(child));
			if (list != null) {
				list.add(child);
			}
		}).then();
	}

	/**
	 * The rows of {@code query} run over the keys in chunks under the dialect's bind-parameter limit, one after the
	 * other; a single chunk (the usual case) runs without an operator between its rows and the caller.
	 */
	private <R> Flux<R> inChunks(Collection<Object> keys, Function<List<Object>, Flux<R>> query) {
		int chunk = Math.max(1, this.context.dialect().maxBindParameters() - 1);
		List<Object> all = new ArrayList<>(keys);
		if (all.size() <= chunk) {
			return query.apply(all);
		}
		return Flux.fromIterable(Chunks.of(all, chunk)).concatMap(query);
	}
}
