package io.ormdantic.internal.mapping;

import java.util.List;

import io.ormdantic.InvalidQueryException;

/** Splits the dotted field paths of queries ({@code "flavor.name"}) into their segments. */
public final class FieldPaths {

	private FieldPaths() {
	}

	/**
	 * The segments of {@code path}.
	 *
	 * @param model the queried model's simple name, for messages
	 * @throws InvalidQueryException when the path is empty or has an empty segment ({@code ".name"}, {@code "a..b"})
	 */
	public static List<String> segments(String path, String model) {
		if (path == null || path.isEmpty()) {
			throw new InvalidQueryException("Empty field name in a query of " + model);
		}
		List<String> segments = List.of(path.split("\\.", -1));
		if (segments.stream().anyMatch(String::isEmpty)) {
			throw new InvalidQueryException("Field path '" + path + "' of " + model
					+ " has an empty segment; write field names joined by single dots, such as flavor.name");
		}
		return segments;
	}
}
