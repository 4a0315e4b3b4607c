package io.ormdantic.testsupport.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writes a load saw acknowledged, and what the table must therefore hold: each row that an acknowledged insert,
 * update or upsert wrote, as it wrote it, and no row that an acknowledged delete removed. A write that failed or was
 * cancelled may or may not have happened; no later step touches its row, so it is simply not checked.
 */
public final class Ledger {

	/** How many problems {@link #check} lists; it counts them all. */
	private static final int LISTED = 10;

	private final Map<UUID, LoadItem> written = new ConcurrentHashMap<>();

	private final Set<UUID> deleted = ConcurrentHashMap.newKeySet();

	/** A row that an acknowledged write left as given. */
	void stored(LoadItem row) {
		this.written.put(row.id(), row);
	}

	/** A row that a step is about to write: until the step is acknowledged, what the row holds is not known. */
	void writing(UUID id) {
		this.written.remove(id);
	}

	/** A row that an acknowledged delete removed. */
	void deleted(UUID id) {
		this.written.remove(id);
		this.deleted.add(id);
	}

	/** How many writes the table must show. */
	public int acknowledged() {
		return this.written.size() + this.deleted.size();
	}

	/**
	 * What the table's rows contradict: acknowledged rows missing or holding something else, deleted rows still there.
	 *
	 * @param rows every row of the table, by key
	 * @return one line per problem, the first {@value #LISTED} of them and a count of the rest; empty when none
	 */
	public List<String> check(Map<UUID, LoadItem> rows) {
		List<String> problems = new ArrayList<>();
		int count = 0;
		for (LoadItem expected : this.written.values()) {
			LoadItem actual = rows.get(expected.id());
			if (!expected.equals(actual)) {
				count = note(problems, count, "acknowledged " + expected + ", but the table holds " + actual);
			}
		}
		for (UUID id : this.deleted) {
			if (rows.containsKey(id)) {
				count = note(problems, count, "deleted " + id + " (acknowledged), but the table holds " + rows.get(id));
			}
		}
		if (count > LISTED) {
			problems.add("... " + (count - LISTED) + " more");
		}
		return problems;
	}

	private static int note(List<String> problems, int count, String problem) {
		if (count < LISTED) {
			problems.add(problem);
		}
		return count + 1;
	}
}
