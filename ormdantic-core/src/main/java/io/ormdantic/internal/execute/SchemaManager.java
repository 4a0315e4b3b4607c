package io.ormdantic.internal.execute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.sql.SchemaStatements;
import io.ormdantic.internal.sql.SqlStatement;
import reactor.core.publisher.Mono;

/**
 * Creates, drops and checks the tables of the registered models. Creation reads the catalog once and creates
 * only the missing tables: first the tables, then their indexes, then their foreign keys, so that tables may
 * reference each other in a circle.
 */
public final class SchemaManager {

	private final EngineContext context;

	/** Schema management over a database's context. */
	public SchemaManager(EngineContext context) {
		this.context = context;
	}

	/** Creates the missing tables with their indexes and foreign keys. */
	public Mono<Void> create() {
		return existingTables().flatMap(existing -> {
			SchemaStatements ddl = this.context.schemaStatements();
			List<TableModel> missing = this.context.registry().all().stream()
				.filter(model -> !existing.contains(normalize(model.name())))
				.toList();
			List<String> statements = new ArrayList<>();
			missing.forEach(model -> statements.add(ddl.createTable(model)));
			missing.forEach(model -> statements.addAll(ddl.createIndexes(model)));
			missing.forEach(model -> statements.addAll(ddl.addForeignKeys(model, this.context::model)));
			return this.context.runner().script(statements);
		});
	}

	/** Drops the registered tables that exist. */
	public Mono<Void> drop() {
		return existingTables().flatMap(existing -> {
			List<String> tables = this.context.registry().all().stream()
				.map(TableModel::name)
				.filter(name -> existing.contains(normalize(name)))
				.map(this.context.dialect()::quote)
				.toList();
			return tables.isEmpty() ? Mono.empty() : this.context.runner().script(this.context.dialect().dropTables(tables));
		});
	}

	/** Descriptions of the registered tables and columns missing from the database. */
	public Mono<List<String>> missing() {
		SqlStatement columns = SqlStatement.of(this.context.dialect().columnsQuery());
		return this.context.runner()
			.query(columns, row -> List.of(normalize(row.get(0, String.class)), normalize(row.get(1, String.class))))
			.collectList()
			.map(rows -> {
				Map<String, Set<String>> catalog = new HashMap<>();
				rows.forEach(row -> catalog.computeIfAbsent(row.get(0), table -> new HashSet<>()).add(row.get(1)));
				List<String> missing = new ArrayList<>();
				for (TableModel model : this.context.registry().all()) {
					Set<String> present = catalog.get(normalize(model.name()));
					if (present == null) {
						missing.add("table '" + model.name() + "' of model " + model.simpleName());
						continue;
					}
					for (ColumnModel column : model.columns()) {
						if (!present.contains(normalize(column.column()))) {
							missing.add("column '" + model.name() + "." + column.column() + "' of field "
									+ model.simpleName() + "." + column.field());
						}
					}
				}
				return missing;
			});
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
