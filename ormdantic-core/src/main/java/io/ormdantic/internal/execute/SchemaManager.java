package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ormdantic.OrmdanticException;
import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaDiff;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.sql.Catalog;
import io.ormdantic.internal.sql.SchemaDiffer;
import io.ormdantic.internal.sql.SchemaLedger;
import io.ormdantic.internal.sql.SchemaStatements;
import io.ormdantic.internal.sql.SqlStatement;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates, drops and checks the tables of the registered models, and keeps Ormdantic's {@link SchemaLedger} of them
 * up to date. Creation reads the catalog once and creates only the missing tables: first the tables, then their
 * indexes, then their foreign keys, so that tables may reference each other in a circle.
 */
public final class SchemaManager {

	private static final Log logger = LogFactory.getLog("io.ormdantic.schema");

	private final EngineContext context;

	private final SchemaLedger ledger;

	/** Schema management over a database's context. */
	public SchemaManager(EngineContext context) {
		this.context = context;
		this.ledger = new SchemaLedger(context.dialect());
	}

	/**
	 * Creates the missing tables with their indexes and foreign keys, and records the registered tables in the ledger.
	 */
	public Mono<Void> create() {
		return existingTables().flatMap(existing -> recorded(existing).flatMap(rows -> {
			SchemaStatements ddl = this.context.schemaStatements();
			List<TableModel> missing = this.context.registry().all().stream()
				.filter(model -> !existing.contains(normalize(model.name())))
				.toList();
			List<String> created = new ArrayList<>();
			missing.forEach(model -> created.add(ddl.createTable(model)));
			missing.forEach(model -> created.addAll(ddl.createIndexes(model)));
			missing.forEach(model -> created.addAll(ddl.addForeignKeys(model, this.context::model)));
			// In the step that creates the tables: one transaction where DDL is transactional.
			List<SqlStatement> statements = new ArrayList<>(keepLedger(existing, rows));
			created.forEach(sql -> statements.add(SqlStatement.of(sql)));
			return this.context.runner().script(statements);
		}));
	}

	/** Drops the registered tables that exist, and deletes their rows from the ledger. */
	public Mono<Void> drop() {
		return existingTables().flatMap(existing -> {
			List<String> tables = this.context.registry().all().stream()
				.map(TableModel::name)
				.filter(name -> existing.contains(normalize(name)))
				.toList();
			if (tables.isEmpty()) {
				return Mono.empty();
			}
			List<SqlStatement> statements = new ArrayList<>();
			this.context.dialect().dropTables(tables.stream().map(this.context.dialect()::quote).toList())
				.forEach(sql -> statements.add(SqlStatement.of(sql)));
			if (existing.contains(SchemaLedger.TABLE)) {
				statements.add(this.ledger.forget(tables));
			}
			return this.context.runner().script(statements);
		});
	}

	/**
	 * The differences between the registered models and the database's catalog, with the tables the ledger says a
	 * model of this set declared and none does any more; changes nothing.
	 */
	public Mono<SchemaDiff> diff() {
		return snapshot().map(this::diff);
	}

	/**
	 * Records the registered tables in the ledger (and forgets the rows of this set's undeclared tables that are gone),
	 * then applies the safe changes of the diff one statement at a time, in their order (tables, columns, indexes and
	 * constraints, foreign keys), then reads the catalog again: what it returns is what was applied plus the manual
	 * changes left. A statement that fails stops the rest; as DDL is not transactional everywhere (MariaDB), a new
	 * diff then finds exactly what is left, so a re-run completes it.
	 */
	public Mono<SchemaDiff> update() {
		return snapshot().flatMap(snapshot -> this.context.runner()
			.script(keepLedger(snapshot.catalog().tables().keySet(), snapshot.rows()))
			.thenMany(Flux.fromIterable(diff(snapshot).safe()))
			.concatMap(change -> this.context.runner().update(SqlStatement.of(change.sql()))
				.doOnSuccess(rows -> logger.info("Ormdantic schema update applied " + change.kind() + " " + change.target()
						+ ": " + change.sql()))
				.thenReturn(change))
			.collectList()
			.flatMap(applied -> diff().map(after -> {
				after.manual().forEach(change -> logger.warn("Ormdantic schema change left to you (MANUAL) "
						+ change.target() + ": " + change.description() + "; SQL: " + change.sql()));
				List<SchemaChange> result = new ArrayList<>(applied);
				result.addAll(after.changes());
				return new SchemaDiff(result);
			})));
	}

	/** The catalog with the ledger's rows, read together. */
	private record Snapshot(Catalog catalog, SchemaLedger.Rows rows) {
	}

	private Mono<Snapshot> snapshot() {
		return catalog().flatMap(catalog -> recorded(catalog.tables().keySet()).map(rows -> new Snapshot(catalog, rows)));
	}

	private SchemaDiff diff(Snapshot snapshot) {
		List<TableModel> models = List.copyOf(this.context.registry().all());
		List<SchemaLedger.Entry> stale = snapshot.rows().undeclared(models).stream()
			.filter(entry -> snapshot.catalog().table(entry.table()) != null)
			.toList();
		return new SchemaDiffer(this.context.dialect()).diff(models, this.context::model, snapshot.catalog(), stale);
	}

	/** The ledger's rows; none when the database has no ledger. */
	private Mono<SchemaLedger.Rows> recorded(Set<String> existing) {
		if (!existing.contains(SchemaLedger.TABLE)) {
			return Mono.just(new SchemaLedger.Rows(List.of()));
		}
		return this.context.runner()
			.query(SqlStatement.of(this.ledger.select()), row -> new SchemaLedger.Entry(row.get(0, String.class),
					row.get(1, String.class), row.get(2, String.class)))
			.collectList()
			.map(SchemaLedger.Rows::new);
	}

	/**
	 * The statements that record each registered table the ledger lacks (creating the ledger first when the database
	 * has none) and forget this set's undeclared tables that are gone; none when the ledger is up to date.
	 *
	 * @param existing the tables that exist, lower case
	 */
	private List<SqlStatement> keepLedger(Set<String> existing, SchemaLedger.Rows rows) {
		Collection<TableModel> models = this.context.registry().all();
		List<SchemaLedger.Entry> missing = rows.missing(models, UUID.randomUUID().toString());
		List<String> gone = rows.undeclared(models).stream()
			.map(SchemaLedger.Entry::table)
			.filter(table -> !existing.contains(normalize(table)))
			.toList();
		List<SqlStatement> statements = new ArrayList<>();
		if (!missing.isEmpty() && !existing.contains(SchemaLedger.TABLE)) {
			statements.add(SqlStatement.of(this.ledger.createTable()));
		}
		missing.forEach(entry -> statements.add(this.ledger.record(entry)));
		if (!gone.isEmpty()) {
			statements.add(this.ledger.forget(gone));
		}
		return statements;
	}

	/**
	 * The database's catalog of the current schema: tables, columns, indexes, foreign keys, which tables hold rows,
	 * and the nulls of the columns a model makes NOT NULL.
	 *
	 * @throws OrmdanticException (as an error signal) naming the table and its model when a model's table exists but
	 *                            the user may not read it, so that the catalog cannot describe it
	 */
	private Mono<Catalog> catalog() {
		String unreadable = this.context.dialect().unreadableTablesQuery();
		if (unreadable == null) {
			return readCatalog();
		}
		return this.context.runner().query(SqlStatement.of(unreadable), row -> normalize(row.get(0, String.class)))
			.collect(Collectors.toSet())
			.flatMap(hidden -> {
				for (TableModel model : this.context.registry().all()) {
					if (hidden.contains(normalize(model.name()))) {
						return Mono.error(new OrmdanticException("Cannot compare table '" + model.name() + "' of model "
								+ model.simpleName() + " with its model: the database user may not read it, so its catalog "
								+ "is hidden; grant SELECT on it (or compare as its owner)"));
					}
				}
				return readCatalog();
			});
	}

	private Mono<Catalog> readCatalog() {
		Dialect dialect = this.context.dialect();
		StatementRunner runner = this.context.runner();
		Mono<Map<String, List<Catalog.Column>>> columns = runner.query(SqlStatement.of(dialect.columnsQuery()), row -> Map.entry(
				normalize(row.get(0, String.class)),
				new Catalog.Column(normalize(row.get(1, String.class)), normalize(row.get(2, String.class)),
						number(row.get(3)), (int) number(row.get(4)), (int) number(row.get(5)),
						"YES".equalsIgnoreCase(row.get(6, String.class)))))
			.collect(HashMap::new, (map, entry) -> map.computeIfAbsent(entry.getKey(), table -> new ArrayList<>())
				.add(entry.getValue()));
		Mono<Map<String, List<Catalog.Index>>> indexes = runner.query(SqlStatement.of(dialect.indexesQuery()),
				row -> new IndexRow(normalize(row.get(0, String.class)), normalize(row.get(1, String.class)),
						normalize(row.get(2, String.class)), (int) number(row.get(3)), truth(row.get(4))))
			.collectList()
			.map(SchemaManager::indexes);
		Mono<Map<String, List<Catalog.ForeignKey>>> foreignKeys = runner.query(SqlStatement.of(dialect.foreignKeysQuery()),
				row -> Map.entry(normalize(row.get(0, String.class)), new Catalog.ForeignKey(normalize(row.get(1, String.class)),
						normalize(row.get(2, String.class)))))
			.collect(HashMap::new, (map, entry) -> map.computeIfAbsent(entry.getKey(), table -> new ArrayList<>())
				.add(entry.getValue()));
		return Mono.zip(existingTables(), columns, indexes, foreignKeys).flatMap(parts -> Flux
			.fromIterable(this.context.registry().all())
			.filter(model -> parts.getT1().contains(normalize(model.name())))
			.concatMap(model -> contents(model, parts.getT2().getOrDefault(normalize(model.name()), List.of())))
			.collectMap(Contents::table)
			.map(contents -> {
				Map<String, Catalog.Table> tables = new HashMap<>();
				for (String table : parts.getT1()) {
					Map<String, Catalog.Column> byName = new HashMap<>();
					parts.getT2().getOrDefault(table, List.of()).forEach(column -> byName.put(column.name(), column));
					Contents content = contents.getOrDefault(table, new Contents(table, false, Map.of()));
					tables.put(table, new Catalog.Table(table, byName, parts.getT3().getOrDefault(table, List.of()),
							parts.getT4().getOrDefault(table, List.of()), content.hasRows(), content.nulls()));
				}
				return new Catalog(tables);
			}));
	}

	/** What a model's table holds, as far as the diff needs it: whether it has rows, and the nulls it counts. */
	private record Contents(String table, boolean hasRows, Map<String, Long> nulls) {
	}

	/**
	 * Whether the model's table holds rows and, for each NOT NULL field whose column accepts nulls, how many rows hold
	 * null there (none in an empty table, so no query then).
	 *
	 * @param columns the table's columns in the catalog
	 */
	private Mono<Contents> contents(TableModel model, List<Catalog.Column> columns) {
		StatementRunner runner = this.context.runner();
		SchemaStatements ddl = this.context.schemaStatements();
		Map<String, Catalog.Column> byName = new HashMap<>();
		columns.forEach(column -> byName.put(column.name(), column));
		List<ColumnModel> tightened = model.columns().stream()
			.filter(column -> byName.containsKey(normalize(column.column()))
					&& SchemaDiffer.tightens(column, byName.get(normalize(column.column()))))
			.toList();
		return runner.exists(SqlStatement.of(this.context.dialect().anyRowQuery(this.context.dialect().quote(model.name()))))
			.flatMap(hasRows -> Flux.fromIterable(tightened)
				.concatMap(column -> (hasRows ? runner.atMostOne(runner.query(
						SqlStatement.of(ddl.countNulls(model.name(), column.column())), row -> number(row.get(0))))
					: Mono.just(0L)).map(nulls -> Map.entry(normalize(column.column()), nulls)))
				.collectMap(Map.Entry::getKey, Map.Entry::getValue)
				.map(nulls -> new Contents(normalize(model.name()), hasRows, nulls)));
	}

	private record IndexRow(String table, String name, String column, int position, boolean unique) {
	}

	private static Map<String, List<Catalog.Index>> indexes(List<IndexRow> rows) {
		Map<String, Map<String, List<IndexRow>>> byTable = new HashMap<>();
		rows.forEach(row -> byTable.computeIfAbsent(row.table(), table -> new HashMap<>())
			.computeIfAbsent(row.name(), name -> new ArrayList<>())
			.add(row));
		Map<String, List<Catalog.Index>> result = new HashMap<>();
		byTable.forEach((table, byName) -> byName.forEach((name, columns) -> {
			columns.sort(Comparator.comparingInt(IndexRow::position));
			result.computeIfAbsent(table, t -> new ArrayList<>()).add(new Catalog.Index(name,
					columns.stream().map(IndexRow::column).toList(), columns.get(0).unique()));
		}));
		return result;
	}

	private static long number(Object value) {
		return value instanceof Number number ? number.longValue() : 0L;
	}

	private static boolean truth(Object value) {
		return value instanceof Boolean bool ? bool : value instanceof Number number && number.intValue() != 0;
	}

	private Mono<Set<String>> existingTables() {
		return this.context.runner()
			.query(SqlStatement.of(this.context.dialect().tablesQuery()), row -> normalize(row.get(0, String.class)))
			.collect(HashSet::new, Set::add);
	}

	private static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
