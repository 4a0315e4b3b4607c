package io.ormdantic.boot;

import io.ormdantic.OrmdanticException;

import org.springframework.core.NestedExceptionUtils;

/**
 * The database could not be opened (malformed URL, driver missing) or reached (down, wrong address or
 * credentials). {@link DatabaseConnectionFailureAnalyzer} turns it into a startup failure report.
 */
public class DatabaseConnectionException extends OrmdanticException {

	/** Why the connection failed, which decides the advice given. */
	public enum Reason {

		/** The URL is malformed or no driver on the class path handles it. */
		CANNOT_OPEN,

		/** The driver could not connect or log in. */
		UNREACHABLE

	}

	private final Reason reason;

	private final String source;

	private DatabaseConnectionException(Reason reason, String source, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.source = source;
	}

	/** The connection named by {@code source} cannot be opened; {@code cause} says why (and which driver to add). */
	public static DatabaseConnectionException cannotOpen(String source, OrmdanticException cause) {
		return new DatabaseConnectionException(Reason.CANNOT_OPEN, source,
				cause.getMessage() + " (connection from " + source + ")", cause);
	}

	/** The database named by {@code source} refused or did not answer while the schema was brought up. */
	public static DatabaseConnectionException unreachable(String source, Throwable cause) {
		return new DatabaseConnectionException(Reason.UNREACHABLE, source,
				"Could not connect to the database named by " + source + ": "
						+ NestedExceptionUtils.getMostSpecificCause(cause).getMessage(), cause);
	}

	/** Why the connection failed. */
	public Reason getReason() {
		return this.reason;
	}

	/** What named the database, such as {@code ormdantic.connection}. */
	public String getSource() {
		return this.source;
	}

}
