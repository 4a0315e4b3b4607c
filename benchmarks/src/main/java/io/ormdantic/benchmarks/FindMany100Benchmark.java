package io.ormdantic.benchmarks;

import io.ormdantic.Query;

/** findMany of a page of 100 coffees (of 1000) in key order, flavors holding only their keys (depth 0). */
public class FindMany100Benchmark extends Comparison {

	private static final Query PAGE = Query.all().orderBy("id").limit(DataSet.COFFEE_PAGE);

	/** The three implementations of the page. */
	public FindMany100Benchmark() {
		super(state -> state.coffees.findMany(PAGE),
				state -> state.handwritten.coffees(),
				state -> state.springData.coffees());
	}
}
