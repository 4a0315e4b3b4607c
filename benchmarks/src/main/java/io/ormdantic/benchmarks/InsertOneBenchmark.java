package io.ormdantic.benchmarks;

import io.ormdantic.benchmarks.Models.Note;
import io.ormdantic.benchmarks.SpringDataEntities.NoteEntity;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * insert of one note with a key set by the caller. Every iteration starts from an empty table, so the table holds
 * no more rows than one iteration inserts, and the same for each implementation's first insert.
 */
public class InsertOneBenchmark extends Comparison {

	/** The three implementations of the insert. */
	public InsertOneBenchmark() {
		super(state -> state.notes.insert(new Note(state.nextNoteKey(), "a note", 3)),
				state -> state.handwritten.insert(new Note(state.nextNoteKey(), "a note", 3)),
				state -> state.springData.insert(new NoteEntity(state.nextNoteKey(), "a note", 3)));
	}

	/** Empties the notes table before each iteration. */
	@Setup(Level.Iteration)
	public void emptyNotes(BenchState state) {
		state.restart();
	}
}
