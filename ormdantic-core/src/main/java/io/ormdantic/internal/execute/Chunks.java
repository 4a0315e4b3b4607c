package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.List;

/** Splits lists into consecutive parts of a bounded size: rows per multi-row insert, keys per {@code IN (...)}. */
final class Chunks {

	private Chunks() {
	}

	/** Consecutive views of {@code items}, each at most {@code size} long; none for an empty list. */
	static <E> List<List<E>> of(List<E> items, int size) {
		List<List<E>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += size) {
			chunks.add(items.subList(from, Math.min(items.size(), from + size)));
		}
		return chunks;
	}
}
