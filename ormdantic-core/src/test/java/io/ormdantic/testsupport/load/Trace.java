package io.ormdantic.testsupport.load;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What became of one step of a load.
 *
 * @param step    the step
 * @param start   when it was subscribed to ({@link System#nanoTime()})
 * @param end     when it ended, or the watchdog gave up on it
 * @param outcome how it ended
 * @param failure the error of a failed step, else null
 */
public record Trace(Step step, long start, long end, Outcome outcome, @Nullable Throwable failure) {

	/** How a step ended. */
	public enum Outcome {

		/** It answered: a value, or the end of its rows. */
		SUCCEEDED,

		/** Its caller gave up on it, as the step said, before it answered. */
		CANCELLED,

		/** It failed with an error of its own. */
		FAILED,

		/** It neither answered nor failed within the load's limit; the watchdog cancelled it. */
		HUNG
	}

	/** From its start to its end. */
	public Duration duration() {
		return Duration.ofNanos(this.end - this.start);
	}

	/** Whether it started at or after {@code instant} ({@link System#nanoTime()}). */
	public boolean startedAfter(long instant) {
		return this.start - instant >= 0;
	}

	@Override
	public String toString() {
		return this.step.kind() + " (" + this.step.cancellation() + ") " + this.outcome + " after "
				+ duration().toMillis() + " ms" + ((this.failure != null) ? ": " + causes(this.failure) : "");
	}

	/** The failure and its causes, each once: Spring's wrapping alone hides what the driver or the pool said. */
	public static String causes(Throwable failure) {
		StringBuilder text = new StringBuilder(String.valueOf(failure));
		for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			text.append(" <- ").append(cause);
		}
		return text.toString();
	}
}
