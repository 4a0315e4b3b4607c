package io.ormdantic.boot;

import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaDiff;
import io.ormdantic.SchemaValidationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports each difference between the models and the database that {@code ormdantic.schema=validate} found: its
 * kind, table (and column) and description, with the SQL that removes it; the action says how to bring the
 * database up to the models.
 */
class SchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<SchemaValidationException> {

	private static final String CHANGE_INDENT = "    ";

	private static final String SQL_INDENT = "        ";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
		SchemaDiff diff = cause.getDiff();
		String newline = System.lineSeparator();
		StringBuilder description = new StringBuilder("The database does not match the Ormdantic models "
				+ "(ormdantic.schema=validate): " + diff.changes().size() + " difference(s), " + diff.manual().size()
				+ " of them MANUAL:" + newline + newline);
		for (SchemaChange change : diff.changes()) {
			description.append(CHANGE_INDENT).append("- ").append(change.kind()).append(' ').append(change.target())
				.append(": ").append(change.description()).append(newline);
			change.sql().lines().forEach((line) -> description.append(SQL_INDENT).append(line).append(newline));
		}
		String action = """
				Bring the database up to the models. In development, set 'ormdantic.schema' to 'update' to apply the \
				safe changes above at startup (or set 'ormdantic.schema' to 'create' when only tables are missing). \
				For production, put the script of SchemaDiff.toSql() (from Ormdantic.schemaDiff(), or GET \
				/actuator/ormdantic) into a Flyway migration such as V2__update_models.sql. MANUAL changes are never \
				applied, since they would lose data or need values: edit their SQL, then run it in a migration or by \
				hand.""";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
