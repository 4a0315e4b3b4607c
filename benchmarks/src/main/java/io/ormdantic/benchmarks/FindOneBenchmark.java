package io.ormdantic.benchmarks;

/** findOne by key: one coffee by its primary key, its flavor holding only the key (depth 0); keys go round all rows. */
public class FindOneBenchmark extends Comparison {

	/** The three implementations of the lookup. */
	public FindOneBenchmark() {
		super(state -> state.coffees.findOne(state.nextCoffeeKey()),
				state -> state.handwritten.findCoffee(state.nextCoffeeKey()),
				state -> state.springData.findCoffee(state.nextCoffeeKey()));
	}
}
