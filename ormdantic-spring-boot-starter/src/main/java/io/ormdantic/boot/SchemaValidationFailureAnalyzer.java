package io.ormdantic.boot;

import io.ormdantic.SchemaValidationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports the tables and columns missing from the database with {@code ormdantic.schema=validate}.
 */
class SchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<SchemaValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
		StringBuilder description = new StringBuilder(
				"The database lacks what the Ormdantic models need (ormdantic.schema=validate):%n%n".formatted());
		for (String missing : cause.getMissing()) {
			description.append("    - ").append(missing).append(System.lineSeparator());
		}
		String action = """
				Create the missing tables and columns (with your migration tool, for example), or set \
				'ormdantic.schema' to 'create' to let Ormdantic create missing tables at startup.""";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
