package io.ormdantic.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a database connection that cannot be opened (malformed URL, missing driver) or reached (down, wrong
 * address or credentials).
 */
class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseConnectionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseConnectionException cause) {
		String description = "Ormdantic could not %s the database:%n%n    %s%n".formatted(
				(cause.getReason() == DatabaseConnectionException.Reason.CANNOT_OPEN) ? "open" : "connect to",
				cause.getMessage());
		String action = switch (cause.getReason()) {
			case CANNOT_OPEN -> """
					Add the driver named above to the application's dependencies, or set 'ormdantic.connection' \
					(environment variable ORMDANTIC_CONNECTION) to an R2DBC URL such as \
					r2dbc:postgresql://user@localhost:5432/db whose driver is on the class path.""";
			case UNREACHABLE -> """
					Make sure the database is running and accepts these credentials at the address above, or change \
					%s to a database that does. Without any connection setting, Ormdantic uses an embedded H2 \
					database.""".formatted(cause.getSource());
		};
		return new FailureAnalysis(description, action, cause);
	}

}
