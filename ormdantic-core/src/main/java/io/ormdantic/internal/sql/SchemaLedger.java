package io.ormdantic.internal.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.ormdantic.internal.dialect.ColumnSpec;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.dialect.Upsert;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.mapping.TableModel;
import org.springframework.r2dbc.core.Parameter;

/**
 * Ormdantic's ledger: a table of its own, {@value #TABLE}, with a row for each table that {@code init()} or
 * {@code update()} took charge of, naming the model class that declared it and the model set it was recorded with.
 * It is what makes "a table no model declares any more" sound: the schema is shared (other applications, Flyway's
 * history, other tests), so a table that no registered model declares is reported only when the ledger says a model
 * of this set once declared it. The ledger itself is never reported.
 * <p>
 * <b>Model sets.</b> Applications (or test suites) with different models may share one schema and one ledger. A row
 * belongs to the registered models' set when it carries the model set of a row whose table a registered model still
 * declares; only those rows are ever reported or cleaned, so another set's tables are never this one's to report. A
 * new row takes the model set of the registered tables already recorded, or a new one. Two sets that map one same
 * table become one set.
 * <p>
 * <b>No ledger means no knowledge.</b> A database without it (migrated by Flyway from {@code toSql()} scripts, or
 * left by an older version) reports no undeclared table, so {@code validate} never fails for one: without a record,
 * any such table may be someone else's, and a false MANUAL would fail startup. {@code toSql()} does not write the
 * ledger: a migration that ran must never change (Flyway checks its checksum), a script is the same on every run
 * while a new model set is random, and a team on migrations writes its table removals as migrations itself.
 */
public final class SchemaLedger {

	/** The ledger's table. */
	public static final String TABLE = "ormdantic_tables";

	private static final List<String> COLUMNS = List.of("table_name", "model", "model_set");

	private final Dialect dialect;

	private final SchemaStatements ddl;

	/** The ledger's statements for one dialect. */
	public SchemaLedger(Dialect dialect) {
		this.dialect = dialect;
		this.ddl = new SchemaStatements(dialect);
	}

	/**
	 * One row of the ledger.
	 *
	 * @param table    the table, as its model named it
	 * @param model    the model class that declared it
	 * @param modelSet the model set it was recorded with
	 */
	public record Entry(String table, String model, String modelSet) {
	}

	/** {@code CREATE TABLE IF NOT EXISTS}: engines of other model sets may create it at the same time. */
	public String createTable() {
		// A table name, a class name, a UUID.
		List<String> definitions = List.of(text(COLUMNS.get(0), 255, true), text(COLUMNS.get(1), 500, false),
				text(COLUMNS.get(2), 36, false), "PRIMARY KEY (" + q(COLUMNS.get(0)) + ")");
		return this.ddl.createTable("CREATE TABLE IF NOT EXISTS ", TABLE, definitions);
	}

	private String text(String column, int length, boolean keyed) {
		return q(column) + " " + this.dialect.sqlType(new ColumnSpec(ColumnType.STRING, length, 0, 0, keyed)) + " NOT NULL";
	}

	/** {@code SELECT table_name, model, model_set FROM ormdantic_tables}. */
	public String select() {
		return "SELECT " + quotedColumns() + " FROM " + q(TABLE);
	}

	/** Inserts an entry unless its table has one: another engine may record it at the same time. */
	public SqlStatement record(Entry entry) {
		// No column is assigned on a conflict: the row that is there stays as it is.
		Upsert upsert = new Upsert(q(TABLE), COLUMNS.stream().map(this::q).toList(), markers(COLUMNS.size()), List.of(),
				null, COLUMNS.size());
		return new SqlStatement(this.dialect.upsert(upsert).sql(),
				List.of(Parameter.from(entry.table()), Parameter.from(entry.model()), Parameter.from(entry.modelSet())));
	}

	/** Deletes the entries of the tables (as recorded). */
	public SqlStatement forget(Collection<String> tables) {
		return new SqlStatement("DELETE FROM " + q(TABLE) + " WHERE " + q(COLUMNS.get(0)) + " IN ("
				+ String.join(", ", markers(tables.size())) + ")", tables.stream().map(Parameter::from).toList());
	}

	private List<String> markers(int count) {
		List<String> markers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			markers.add(this.dialect.bindMarker(i));
		}
		return markers;
	}

	private String quotedColumns() {
		return COLUMNS.stream().map(this::q).collect(Collectors.joining(", "));
	}

	private String q(String identifier) {
		return this.dialect.quote(identifier);
	}

	/**
	 * The ledger's rows, and what they mean for the registered models.
	 *
	 * @param entries the rows
	 */
	public record Rows(List<Entry> entries) {

		/** Copies the rows. */
		public Rows {
			entries = List.copyOf(entries);
		}

		/**
		 * The rows of the registered models' set whose table no registered model declares: stale when the table
		 * exists, garbage when it is gone.
		 */
		public List<Entry> undeclared(Collection<TableModel> models) {
			Set<String> declared = declared(models);
			Set<String> sets = this.entries.stream()
				.filter(entry -> declared.contains(normalize(entry.table())))
				.map(Entry::modelSet)
				.collect(Collectors.toSet());
			return this.entries.stream()
				.filter(entry -> sets.contains(entry.modelSet()) && !declared.contains(normalize(entry.table()))
						&& !normalize(entry.table()).equals(TABLE))
				.toList();
		}

		/**
		 * The rows to record for the registered tables that have none: in the model set of the first registered table
		 * recorded, or in {@code newSet} when none is.
		 */
		public List<Entry> missing(Collection<TableModel> models, String newSet) {
			Map<String, Entry> byTable = new HashMap<>();
			this.entries.forEach(entry -> byTable.put(normalize(entry.table()), entry));
			String modelSet = models.stream()
				.map(model -> byTable.get(normalize(model.name())))
				.filter(Objects::nonNull)
				.map(Entry::modelSet)
				.findFirst()
				.orElse(newSet);
			return models.stream()
				.filter(model -> !byTable.containsKey(normalize(model.name())))
				.map(model -> new Entry(model.name(), model.type().getName(), modelSet))
				.toList();
		}

		private static Set<String> declared(Collection<TableModel> models) {
			return models.stream().map(model -> normalize(model.name())).collect(Collectors.toSet());
		}

		private static String normalize(String name) {
			return name.toLowerCase(Locale.ROOT);
		}
	}
}
