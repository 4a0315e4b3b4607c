package io.ormdantic.benchmarks;

import io.ormdantic.Query;
import io.ormdantic.Where;

/** count with a condition: the coffees (of 1000) sweeter than 5, 40% of them, with the value as a bind parameter. */
public class CountWhereBenchmark extends Comparison {

	private static final Query SWEETER = Query.where(Where.gt("sweetenerCount", DataSet.SWEETER_THAN));

	/** The three implementations of the count. */
	public CountWhereBenchmark() {
		super(state -> state.coffees.count(SWEETER),
				state -> state.handwritten.countSweeterThan(DataSet.SWEETER_THAN),
				state -> state.springData.countSweeterThan(DataSet.SWEETER_THAN));
	}
}
