package io.ormdantic.internal.sql;

import java.util.ArrayList;
import java.util.List;

import io.ormdantic.internal.dialect.ColumnSpec;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.IndexModel;
import io.ormdantic.internal.mapping.Names;
import io.ormdantic.internal.mapping.TableModel;

/**
 * Renders DDL: tables with their key and unique constraints, indexes, and foreign keys added afterwards; and the
 * catalog checks that decide whether a change is safe.
 */
public final class SchemaStatements {

	private final Dialect dialect;

	/** DDL for one dialect. */
	public SchemaStatements(Dialect dialect) {
		this.dialect = dialect;
	}

	/** {@code CREATE TABLE} with columns, primary key and unique constraints, no foreign keys. */
	public String createTable(TableModel model) {
		List<String> definitions = new ArrayList<>();
		for (ColumnModel column : model.columns()) {
			definitions.add(q(column.column()) + ' '
					+ (column.identity() ? this.dialect.identityDefinition(spec(column)) : this.dialect.sqlType(spec(column)))
					+ (column.nullable() ? "" : " NOT NULL"));
		}
		definitions.add("PRIMARY KEY (" + q(model.primaryKey().column()) + ")");
		for (IndexModel index : model.indexes()) {
			if (index.unique()) {
				definitions.add("CONSTRAINT " + q(index.name()) + " UNIQUE (" + columns(index) + ")");
			}
		}
		return createTable("CREATE TABLE ", model.name(), definitions);
	}

	/**
	 * {@code <create> t (definitions)} with the dialect's table options.
	 *
	 * @param create      {@code CREATE TABLE } or {@code CREATE TABLE IF NOT EXISTS }
	 * @param table       the table, unquoted
	 * @param definitions column definitions and constraints, rendered
	 */
	String createTable(String create, String table, List<String> definitions) {
		return create + q(table) + " (" + String.join(", ", definitions) + ")" + this.dialect.tableOptions();
	}

	/** A query of one row and column: how many rows hold null in a column. */
	public String countNulls(String table, String column) {
		return "SELECT COUNT(*) FROM " + q(table) + " WHERE " + q(column) + " IS NULL";
	}

	/** {@code CREATE INDEX} for each non-unique index of the table. */
	public List<String> createIndexes(TableModel model) {
		List<String> statements = new ArrayList<>();
		for (IndexModel index : model.indexes()) {
			if (!index.unique()) {
				statements.add(createIndex(model, index));
			}
		}
		return statements;
	}

	/** {@code CREATE INDEX} of one index. */
	public String createIndex(TableModel model, IndexModel index) {
		return "CREATE INDEX " + q(index.name()) + " ON " + q(model.name()) + " (" + columns(index) + ")";
	}

	/** {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE} of one unique constraint. */
	public String addUnique(TableModel model, IndexModel index) {
		return "ALTER TABLE " + q(model.name()) + " ADD CONSTRAINT " + q(index.name()) + " UNIQUE (" + columns(index) + ")";
	}

	/** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} for each relation column. */
	public List<String> addForeignKeys(TableModel model, java.util.function.Function<Class<?>, TableModel> models) {
		List<String> statements = new ArrayList<>();
		for (ColumnModel column : model.relations()) {
			statements.add(addForeignKey(model, column, models.apply(column.relationTarget())));
		}
		return statements;
	}

	/** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} of one relation column. */
	public String addForeignKey(TableModel model, ColumnModel column, TableModel target) {
		return "ALTER TABLE " + q(model.name()) + " ADD CONSTRAINT "
				+ q(Names.constraint("fk", model.name(), List.of(column.column()))) + " FOREIGN KEY ("
				+ q(column.column()) + ") REFERENCES " + q(target.name()) + " (" + q(target.primaryKey().column()) + ")";
	}

	/** The description of a column a dialect takes. */
	static ColumnSpec spec(ColumnModel column) {
		return new ColumnSpec(column.type(), column.length(), column.precision(), column.scale(), column.keyed());
	}

	private String columns(IndexModel index) {
		return String.join(", ", index.columns().stream().map(this::q).toList());
	}

	private String q(String identifier) {
		return this.dialect.quote(identifier);
	}
}
