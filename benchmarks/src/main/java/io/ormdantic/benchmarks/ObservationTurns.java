package io.ormdantic.benchmarks;

import java.util.Locale;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.benchmarks.Models.Coffee;
import io.ormdantic.benchmarks.Models.Flavor;

/**
 * What observations cost: Ormdantic without a registry takes turns (as {@link CpuTimeTurns}) with Ormdantic given a
 * registry whose one handler does nothing, so that every operation starts, tags and stops a real observation and
 * nothing is exported. A ratio of 1 means no cost; the README's goal is at least 0.97 for a registry that records
 * nothing ({@code ObservationRegistry.NOOP}, which Ormdantic skips) and the price of a live one is shown beside it.
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.ormdantic.benchmarks.ObservationTurns h2 [rounds]
 * </pre>
 */
public final class ObservationTurns {

	private ObservationTurns() {
	}

	/**
	 * Runs the turns for findOne and findMany of 100 rows.
	 *
	 * @param args the database ({@code h2}, {@code postgres}, {@code mariadb}) and optionally the rounds (default 40)
	 */
	public static void main(String[] args) {
		String db = (args.length > 0) ? args[0] : "h2";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		BenchState state = new BenchState();
		state.db = db;
		state.open();
		ObservationRegistry live = ObservationRegistry.create();
		live.observationConfig().observationHandler(new DoNothing());
		try (Ormdantic noop = engine(state, ObservationRegistry.NOOP); Ormdantic observed = engine(state, live)) {
			report(db, "NOOP registry", state, noop, rounds);
			report(db, "registry with a do-nothing handler", state, observed, rounds);
		}
		finally {
			state.close();
		}
	}

	private static Ormdantic engine(BenchState state, ObservationRegistry registry) {
		return Ormdantic.builder(state.pool()).models(Flavor.class, Coffee.class).observationRegistry(registry).build();
	}

	private static void report(String db, String name, BenchState state, Ormdantic observed, int rounds) {
		TableOperations<Coffee> coffees = observed.table(Coffee.class);
		Query hundred = Query.all().orderBy("id").limit(100);
		CpuTimeTurns.Turns findOne = CpuTimeTurns.run(() -> state.coffees.findOne(state.nextCoffeeKey()).block(),
				() -> coffees.findOne(state.nextCoffeeKey()).block(), warmUp(rounds), rounds, CpuTimeTurns.cpuClock());
		CpuTimeTurns.Turns findMany = CpuTimeTurns.run(() -> state.coffees.findMany(hundred).block(),
				() -> coffees.findMany(hundred).block(), warmUp(rounds), rounds, CpuTimeTurns.cpuClock());
		// Turns report "ormdantic" (here: without a registry) over "other" (with one): observed/plain is the inverse.
		System.out.println(String.format(Locale.ROOT, "%s %s: findOne observed/plain = %.3f, findMany100 observed/plain = %.3f",
				db, name, 1 / CpuTimeTurns.Turns.quantile(findOne.ratios(), 0.5),
				1 / CpuTimeTurns.Turns.quantile(findMany.ratios(), 0.5)));
		System.out.println("  findOne:    " + findOne.describe("plain vs observed", "observed", "CPU"));
		System.out.println("  findMany100: " + findMany.describe("plain vs observed", "observed", "CPU"));
	}

	/** As many warm-up rounds as {@link CpuTimeTurns} takes, fewer for a short check run. */
	private static int warmUp(int rounds) {
		return Math.min(CpuTimeTurns.WARMUP_ROUNDS, rounds);
	}

	/** A handler that takes every observation and does nothing with it. */
	private static final class DoNothing implements ObservationHandler<Observation.Context> {

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}
	}
}
