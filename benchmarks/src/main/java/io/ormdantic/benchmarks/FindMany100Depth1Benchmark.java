package io.ormdantic.benchmarks;

import io.ormdantic.Query;

/**
 * findMany of a page of 100 coffees with their flavors loaded (depth 1, a to-one relation): one JOIN for Ormdantic
 * and the hand-written code; for Spring Data, which has no relations, one lookup per coffee.
 */
public class FindMany100Depth1Benchmark extends Comparison {

	private static final Query PAGE = Query.all().orderBy("id").limit(DataSet.COFFEE_PAGE).depth(1);

	/** The three implementations of the page with relations. */
	public FindMany100Depth1Benchmark() {
		super(state -> state.coffees.findMany(PAGE),
				state -> state.handwritten.coffeesWithFlavor(),
				state -> state.springData.coffeesWithFlavor());
	}
}
