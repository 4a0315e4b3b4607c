package io.ormdantic.testsupport.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One operation of a load, drawn in advance from a seeded {@link Random}, so that a run that went wrong can be run
 * again as it was (its seed is printed with its figures).
 *
 * @param kind         the operation
 * @param cancellation whether and how the caller gives up on it
 * @param point        where, between 0 and 1, the cancellation lands (see {@link Cancellation})
 * @param pick         which row or page the operation chooses, between 0 and 1
 */
public record Step(Kind kind, Cancellation cancellation, double point, double pick) {

	/** The operations, with their share of a load in percent. */
	public enum Kind {

		/** {@code insert} of a new row whose key Ormdantic generates. */
		INSERT(15),

		/** {@code insertAll} of {@value Traffic#BATCH} new rows: Ormdantic's own transaction. */
		INSERT_ALL(5),

		/** {@code findOne} of a row that the load never writes, which must be found. */
		FIND_ONE(20),

		/** {@code findMany} of a page of 100 rows. */
		FIND_MANY(10),

		/** {@code stream} of the table, up to 2,000 rows. */
		STREAM(10),

		/** {@code count} of the whole table. */
		COUNT(10),

		/** {@code update} of a row that no other step writes. */
		UPDATE(10),

		/** {@code upsert}: of a new key half the time, of a row that no other step writes otherwise. */
		UPSERT(10),

		/** {@code delete} of a row that no other step writes, which must be there. */
		DELETE(10);

		private final int share;

		Kind(int share) {
			this.share = share;
		}

		/** Whether it emits many values, so that {@code take(n)} can stop it midway. */
		boolean many() {
			return this == STREAM || this == INSERT_ALL;
		}
	}

	/** How the caller gives up on an operation: as a WebFlux service's clients and operators do. */
	public enum Cancellation {

		/** It does not. */
		NONE,

		/**
		 * It disposes of its subscription (a client went away): a stream once its rows flow, within 10 ms after the
		 * first; any other operation at a random time within the load's mean latency, waiting for a connection or
		 * running (one that has answered by then is not cancelled).
		 */
		DISPOSE,

		/** {@code take(n)}: it has had enough after 1 to 100 values (operations of many values only). */
		TAKE,

		/** {@code timeout(d)}: it stops waiting after a random time within the load's mean latency. */
		TIMEOUT
	}

	/** Steps drawn from the mix of {@link Kind}, {@code cancelled} of them (a share between 0 and 1) cancelled. */
	public static List<Step> draw(Random random, int count, double cancelled) {
		List<Step> steps = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			steps.add(draw(random, cancelled));
		}
		return steps;
	}

	/** One step drawn from the mix of {@link Kind}, cancelled with a probability of {@code cancelled}. */
	public static Step draw(Random random, double cancelled) {
		int ticket = random.nextInt(100);
		Kind kind = Kind.values()[0];
		for (Kind candidate : Kind.values()) {
			if (ticket < candidate.share) {
				kind = candidate;
				break;
			}
			ticket -= candidate.share;
		}
		Cancellation cancellation = Cancellation.NONE;
		if (random.nextDouble() < cancelled) {
			Cancellation[] ways = kind.many() ? new Cancellation[] { Cancellation.DISPOSE, Cancellation.TAKE, Cancellation.TIMEOUT }
					: new Cancellation[] { Cancellation.DISPOSE, Cancellation.TIMEOUT };
			cancellation = ways[random.nextInt(ways.length)];
		}
		return new Step(kind, cancellation, random.nextDouble(), random.nextDouble());
	}
}
