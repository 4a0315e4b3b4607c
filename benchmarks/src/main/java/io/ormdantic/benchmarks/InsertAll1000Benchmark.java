package io.ormdantic.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * insertAll of 1000 notes in one transaction: Ormdantic's batched multi-row statements, the hand-written multi-row
 * {@code VALUES} statement, and Spring Data's insert per row. The table is emptied before every call (a call takes
 * milliseconds, so JMH's per-invocation setup does not disturb the timing), so each call writes the same 1000 rows
 * into the same empty table.
 */
public class InsertAll1000Benchmark extends Comparison {

	/** The three implementations of the bulk insert. */
	public InsertAll1000Benchmark() {
		super(state -> state.notes.insertAll(state.data.bulkNotes).collectList(),
				state -> state.handwritten.insertBulk(state.data.bulkNotes),
				state -> state.springData.insertAll(state.data.bulkNoteEntities));
	}

	/** Empties the notes table before each call. */
	@Setup(Level.Invocation)
	public void emptyNotes(BenchState state) {
		state.restart();
	}
}
