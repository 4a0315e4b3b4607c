package io.ormdantic.internal.execute;

import java.io.IOException;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import io.ormdantic.internal.dialect.Dialect;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells failures apart by what they mean for a retry, from the driver's error under Spring's translation: the
 * standard SQLSTATE class 40 (transaction rollback: deadlock, serialization failure, a Galera certification
 * conflict) is the same on every database Ormdantic supports.
 */
final class Failures {

	private Failures() {
	}

	/**
	 * No connection could be had: the pool's acquire timeout passed or the server refused. Retrying would only wait
	 * again, so such a failure is never retried.
	 */
	static final class NoConnectionException extends DataAccessResourceFailureException {

		private static final long serialVersionUID = 1L;

		NoConnectionException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/**
	 * Marks a lost connection met while committing, or while a single write ran: whether the write took effect is
	 * unknown, so it is not retried. Added as a suppressed exception, so the caller's stack trace says why.
	 */
	static final class OutcomeUnknown extends RuntimeException {

		private static final long serialVersionUID = 1L;

		OutcomeUnknown() {
			super("The connection was lost while committing or writing, so whether the write took effect is unknown; "
					+ "Ormdantic did not retry it", 
					null, false, false);
		}
	}

	/** The database rolled the statement or transaction back (SQLSTATE class 40): running it again is safe. */
	static boolean rolledBack(Throwable failure) {
		R2dbcException cause = r2dbc(failure);
		String state = (cause != null) ? cause.getSqlState() : null;
		return state != null && state.startsWith("40");
	}

	/** No connection could be had ({@link NoConnectionException}). */
	static boolean noConnection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof NoConnectionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The connection failed while in use (not while being had): a dropped socket, a resource failure the driver raised
	 * itself (no SQLSTATE: no server answered), or a code the dialect knows for a server going away.
	 */
	static boolean connectionLost(Dialect dialect, Throwable failure) {
		if (noConnection(failure)) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
			if (cause instanceof R2dbcException r2dbc) {
				String state = r2dbc.getSqlState();
				boolean fromDriver = (state == null || state.isEmpty())
						&& (r2dbc instanceof R2dbcNonTransientResourceException || r2dbc instanceof R2dbcTransientResourceException);
				return fromDriver || dialect.isConnectionLost(state, r2dbc.getErrorCode());
			}
		}
		return false;
	}

	/** Whether the failure leaves a write's outcome unknown ({@link OutcomeUnknown}). */
	static boolean outcomeUnknown(Throwable failure) {
		for (Throwable suppressed : failure.getSuppressed()) {
			if (suppressed instanceof OutcomeUnknown) {
				return true;
			}
		}
		return false;
	}

	/** The driver's error under Spring's translation, if any. */
	static @Nullable R2dbcException r2dbc(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcException r2dbc) {
				return r2dbc;
			}
		}
		return null;
	}
}
