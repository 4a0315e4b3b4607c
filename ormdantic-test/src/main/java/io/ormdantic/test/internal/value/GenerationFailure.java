package io.ormdantic.test.internal.value;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Why a value cannot be generated, and where: each enclosing model or collection adds its segment on the way
 * out, so that the message names the whole path ({@code Coffee.brand.owner: unsupported type java.lang.Thread}).
 */
public final class GenerationFailure extends RuntimeException {

	private final String reason;

	private final Deque<String> path = new ArrayDeque<>();

	/** A failure for {@code reason}, its path still empty. */
	public GenerationFailure(String reason) {
		this(reason, null);
	}

	/** A failure for {@code reason} caused by {@code cause}, its path still empty. */
	public GenerationFailure(String reason, Throwable cause) {
		super(reason, cause);
		this.reason = reason;
	}

	/** Prepends a segment of the path: a property name, or a bracketed part like {@code [element]}. */
	public GenerationFailure under(String segment) {
		this.path.addFirst(segment);
		return this;
	}

	/** The path, segments joined by dots (brackets attach to the segment before). */
	public String path() {
		StringBuilder joined = new StringBuilder();
		for (String segment : this.path) {
			if (joined.length() > 0 && !segment.startsWith("[")) {
				joined.append('.');
			}
			joined.append(segment);
		}
		return joined.toString();
	}

	@Override
	public String getMessage() {
		return this.path.isEmpty() ? this.reason : path() + ": " + this.reason;
	}
}
