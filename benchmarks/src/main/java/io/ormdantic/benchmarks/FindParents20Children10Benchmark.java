package io.ormdantic.benchmarks;

import io.ormdantic.Query;

/**
 * findMany of a page of 20 parents (of 100) with their 10 children each (depth 1, a back reference): the parent
 * query and one {@code IN} query for all their children for Ormdantic and the hand-written code; for Spring Data, one
 * children query per parent.
 */
public class FindParents20Children10Benchmark extends Comparison {

	private static final Query PAGE = Query.all().orderBy("id").limit(DataSet.PARENT_PAGE).depth(1);

	/** The three implementations of the page with back references. */
	public FindParents20Children10Benchmark() {
		super(state -> state.parents.findMany(PAGE),
				state -> state.handwritten.parentsWithChildren(),
				state -> state.springData.parentsWithChildren());
	}
}
