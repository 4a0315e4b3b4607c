package io.ormdantic.boot;

import java.util.List;

import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaDiff;
import io.ormdantic.SchemaValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of a failed {@code ormdantic.schema=validate}: every change with its SQL, and how to fix them. */
class SchemaValidationFailureAnalyzerTests {

	@Test
	void descriptionListsEachChangeWithEveryLineOfItsSql() {
		SchemaDiff diff = new SchemaDiff(List.of(
				new SchemaChange(SchemaChange.Kind.ADD_COLUMN, "coffee", "origin", "column of field Coffee.origin is "
						+ "missing", "ALTER TABLE \"coffee\" ADD COLUMN \"origin\" VARCHAR(63)", true),
				new SchemaChange(SchemaChange.Kind.MANUAL, "coffee", "price", "column is varchar but field Coffee.price "
						+ "needs INTEGER: convert the values by hand", "ALTER TABLE \"coffee\"\nALTER COLUMN \"price\" "
								+ "SET DATA TYPE INTEGER", false),
				new SchemaChange(SchemaChange.Kind.ADD_INDEX, "coffee", null, "index ix_coffee_origin on [origin] is "
						+ "missing", "CREATE INDEX \"ix_coffee_origin\" ON \"coffee\" (\"origin\")", true)));
		// Wrapped, as the engine's schema step failure reaches Boot's analyzers.
		FailureAnalysis analysis = new SchemaValidationFailureAnalyzer()
			.analyze(new BeanCreationException("ormdantic", "failed", new SchemaValidationException(diff)));
		assertThat(analysis).isNotNull();
		String n = System.lineSeparator();
		assertThat(analysis.getDescription()).isEqualTo("The database does not match the Ormdantic models "
				+ "(ormdantic.schema=validate): 3 difference(s), 1 of them MANUAL:" + n + n
				+ "    - ADD_COLUMN coffee.origin: column of field Coffee.origin is missing" + n
				+ "        ALTER TABLE \"coffee\" ADD COLUMN \"origin\" VARCHAR(63)" + n
				+ "    - MANUAL coffee.price: column is varchar but field Coffee.price needs INTEGER: convert the "
				+ "values by hand" + n
				+ "        ALTER TABLE \"coffee\"" + n
				+ "        ALTER COLUMN \"price\" SET DATA TYPE INTEGER" + n
				+ "    - ADD_INDEX coffee: index ix_coffee_origin on [origin] is missing" + n
				+ "        CREATE INDEX \"ix_coffee_origin\" ON \"coffee\" (\"origin\")" + n);
		assertThat(analysis.getAction()).contains("set 'ormdantic.schema' to 'update'", "SchemaDiff.toSql()",
				"GET /actuator/ormdantic", "Flyway migration such as V2__update_models.sql",
				"MANUAL changes are never applied");
		assertThat(analysis.getCause()).isInstanceOf(SchemaValidationException.class);
	}

}
