package io.ormdantic.internal.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaChange.Kind;
import io.ormdantic.SchemaDiff;
import io.ormdantic.internal.dialect.ColumnSpec;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.mapping.IndexModel;
import io.ormdantic.internal.mapping.TableModel;
import org.jspecify.annotations.Nullable;

/**
 * Compares the registered models with the database's {@link Catalog} and renders each difference as a
 * {@link SchemaChange} with its SQL: safe changes (a missing table, column, index, constraint or foreign key, a wider
 * column, a dropped NOT NULL, a NOT NULL over a column without nulls) and {@link Kind#MANUAL} ones that would lose
 * data or need values (a changed type, a narrowed column, NOT NULL over nulls, a column no field declares, a table
 * the {@link SchemaLedger} says a model of this set declared and none does any more). Runs nothing.
 */
public final class SchemaDiffer {

	private static final Pattern LENGTH = Pattern.compile("VARCHAR\\((\\d+)\\)", Pattern.CASE_INSENSITIVE);

	private final Dialect dialect;

	private final SchemaStatements ddl;

	/** A differ for one dialect. */
	public SchemaDiffer(Dialect dialect) {
		this.dialect = dialect;
		this.ddl = new SchemaStatements(dialect);
	}

	/**
	 * The differences, in the order they apply: tables, columns, indexes and unique constraints, foreign keys.
	 *
	 * @param models     the registered models
	 * @param related    the linked model of a related class
	 * @param undeclared the ledger's rows of tables that exist and that no registered model declares any more
	 */
	public SchemaDiff diff(List<TableModel> models, Function<Class<?>, TableModel> related, Catalog catalog,
			List<SchemaLedger.Entry> undeclared) {
		List<SchemaChange> tables = new ArrayList<>();
		List<SchemaChange> columns = new ArrayList<>();
		List<SchemaChange> indexes = new ArrayList<>();
		List<SchemaChange> foreignKeys = new ArrayList<>();
		for (TableModel model : models) {
			Catalog.Table table = catalog.table(model.name());
			if (table == null) {
				tables.add(change(Kind.CREATE_TABLE, model, null, "table of model " + model.simpleName() + " is missing",
						this.ddl.createTable(model)));
			}
			else {
				columns(model, table, columns);
			}
			for (IndexModel index : model.indexes()) {
				// A new table's unique constraints are part of its CREATE TABLE.
				if (table == null ? !index.unique() : !satisfied(index, table.indexes())) {
					indexes.add(change(index.unique() ? Kind.ADD_UNIQUE : Kind.ADD_INDEX, model, null,
							(index.unique() ? "unique constraint " : "index ") + index.name() + " on " + index.columns()
									+ " is missing",
							index.unique() ? this.ddl.addUnique(model, index) : this.ddl.createIndex(model, index)));
				}
			}
			for (ColumnModel relation : model.relations()) {
				TableModel target = related.apply(relation.relationTarget());
				if (table == null || table.foreignKeys().stream().noneMatch(fk -> fk.column().equalsIgnoreCase(relation.column())
						&& fk.referencedTable().equalsIgnoreCase(target.name()))) {
					foreignKeys.add(new SchemaChange(Kind.ADD_FOREIGN_KEY, model.name(), relation.column(),
							"foreign key to " + target.name() + " is missing", this.ddl.addForeignKey(model, relation, target),
							true));
				}
			}
		}
		for (SchemaLedger.Entry entry : undeclared) {
			tables.add(new SchemaChange(Kind.MANUAL, entry.table(), null, "no registered model declares this table any "
					+ "more (" + SchemaLedger.TABLE + " has it from model " + entry.model() + "); Ormdantic never drops it: "
					+ "drop it by hand once no one needs its data, or delete its row from " + SchemaLedger.TABLE
					+ " to keep it", "DROP TABLE " + q(entry.table()), false));
		}
		List<SchemaChange> all = new ArrayList<>(tables);
		all.addAll(columns);
		all.addAll(indexes);
		all.addAll(foreignKeys);
		return new SchemaDiff(all);
	}

	private void columns(TableModel model, Catalog.Table table, List<SchemaChange> changes) {
		Set<String> declared = new HashSet<>();
		for (ColumnModel column : model.columns()) {
			declared.add(column.column().toLowerCase(Locale.ROOT));
			Catalog.Column actual = table.column(column.column());
			if (actual == null) {
				changes.add(addColumn(model, column, table.hasRows()));
			}
			else {
				compare(model, column, actual, table.nulls(column.column()), changes);
			}
		}
		for (Catalog.Column extra : table.columns().values()) {
			if (!declared.contains(extra.name())) {
				changes.add(new SchemaChange(Kind.MANUAL, model.name(), extra.name(), "no field of " + model.simpleName()
						+ " declares this column; Ormdantic never drops it: drop it by hand once no one needs its data",
						"ALTER TABLE " + q(model.name()) + " DROP COLUMN " + q(extra.name()), false));
			}
		}
	}

	private SchemaChange addColumn(TableModel model, ColumnModel column, boolean hasRows) {
		String definition = q(column.column()) + " " + this.dialect.sqlType(SchemaStatements.spec(column));
		String field = model.simpleName() + "." + column.field();
		if (column.primaryKey()) {
			return manual(model, column, "the key column of " + field + " is missing: the table is not this model's; "
					+ "recreate it or rename the model's table", this.dialect.addColumn(q(model.name()), definition));
		}
		if (column.nullable()) {
			return safe(Kind.ADD_COLUMN, model, column, "column of field " + field + " is missing",
					this.dialect.addColumn(q(model.name()), definition));
		}
		if (!hasRows) {
			return safe(Kind.ADD_COLUMN, model, column, "NOT NULL column of field " + field + " is missing (the table is empty)",
					this.dialect.addColumn(q(model.name()), definition + " NOT NULL"));
		}
		if (column.javaType().isPrimitive()) {
			String value = column.type() == ColumnType.BOOLEAN ? "FALSE" : "0";
			return safe(Kind.ADD_COLUMN, model, column, "NOT NULL column of primitive field " + field
					+ " is missing; existing rows get the Java default " + value.toLowerCase(Locale.ROOT),
					this.dialect.addColumn(q(model.name()), definition + " DEFAULT " + value + " NOT NULL"));
		}
		return manual(model, column, "NOT NULL column of field " + field + " is missing and the table has rows, which "
				+ "need a value: add it nullable, fill it, then make it NOT NULL",
				this.dialect.addColumn(q(model.name()), definition + " NOT NULL"));
	}

	/**
	 * Adds the changes of one column.
	 *
	 * @param nulls how many rows hold null in it, when counted
	 */
	private void compare(TableModel model, ColumnModel column, Catalog.Column actual, @Nullable Long nulls,
			List<SchemaChange> changes) {
		ColumnSpec spec = SchemaStatements.spec(column);
		String type = this.dialect.sqlType(spec);
		String table = q(model.name());
		String name = q(column.column());
		String field = model.simpleName() + "." + column.field();
		int before = changes.size();
		if (!this.dialect.catalogTypes(column.type()).contains(actual.type())) {
			if (narrower(column.type()).stream().anyMatch(t -> this.dialect.catalogTypes(t).contains(actual.type()))) {
				changes.add(safe(Kind.WIDEN_COLUMN, model, column, "column is " + actual.type() + ", field " + field
						+ " needs the wider " + type, this.dialect.alterType(table, name, type, actual.nullable())));
			}
			else {
				changes.add(manual(model, column, "column is " + actual.type() + " but field " + field + " needs " + type
						+ ": convert the values (or change the field) by hand",
						this.dialect.alterType(table, name, type, actual.nullable())));
			}
		}
		else {
			String size = size(column, type, actual);
			if (size != null) {
				boolean wider = size.startsWith("+");
				String description = "column holds " + size.substring(1) + ", field " + field + " needs " + type;
				changes.add(wider ? safe(Kind.WIDEN_COLUMN, model, column, description,
						this.dialect.alterType(table, name, type, actual.nullable()))
						: manual(model, column, description + ": narrowing can cut stored values; check them, then alter by hand",
								this.dialect.alterType(table, name, type, actual.nullable())));
			}
		}
		if (!actual.nullable() && column.nullable()) {
			changes.add(safe(Kind.NULLABLE_COLUMN, model, column, "column is NOT NULL, field " + field + " may be null",
					this.dialect.dropNotNull(table, name, type)));
		}
		else if (tightens(column, actual)) {
			String setNotNull = this.dialect.setNotNull(table, name, type);
			String tightened = "field " + field + " is NOT NULL now, the column accepts nulls";
			// MySQL's NOT NULL restates the type: with a type change left to a person, it would make that change too.
			boolean retyped = changes.subList(before, changes.size()).stream().anyMatch(change -> !change.safe());
			if (retyped) {
				changes.add(manual(model, column, tightened + ": make it NOT NULL with the change of its type", setNotNull));
			}
			else if (nulls != null && nulls == 0) {
				changes.add(safe(Kind.NOT_NULL_COLUMN, model, column, tightened + "; no row holds null", setNotNull));
			}
			else {
				changes.add(manual(model, column, tightened + (nulls == null ? "" : " and " + nulls + " row(s) hold null")
						+ ": give them a value (UPDATE ... SET " + name + " = ... WHERE " + name + " IS NULL), then make it "
						+ "NOT NULL", setNotNull));
			}
		}
	}

	/** Whether a model's NOT NULL field meets a column that accepts nulls (a key column is NOT NULL anyway). */
	public static boolean tightens(ColumnModel column, Catalog.Column actual) {
		return actual.nullable() && !column.nullable() && !column.primaryKey();
	}

	/**
	 * How the stored size differs from the field's: {@code "+<stored>"} when the column must grow, {@code "-<stored>"}
	 * when it is larger than the field, null when it fits.
	 */
	private String size(ColumnModel column, String type, Catalog.Column actual) {
		if (column.type() == ColumnType.STRING || column.type() == ColumnType.ENUM) {
			long unbounded = Long.MAX_VALUE;
			Matcher bounded = LENGTH.matcher(type);
			long expected = bounded.find() ? Long.parseLong(bounded.group(1)) : unbounded;
			long stored = actual.length() <= 0 || actual.length() >= this.dialect.unboundedLength() ? unbounded : actual.length();
			String storedText = stored == unbounded ? actual.type() : actual.type() + "(" + stored + ")";
			return stored == expected ? null : (stored < expected ? "+" : "-") + storedText;
		}
		if (column.type() == ColumnType.DECIMAL) {
			int precision = column.precision() > 0 ? column.precision() : 38;
			int scale = column.precision() > 0 ? column.scale() : 10;
			if (actual.precision() == precision && actual.scale() == scale) {
				return null;
			}
			boolean wider = actual.precision() < precision && actual.scale() == scale;
			return (wider ? "+" : "-") + "decimal(" + actual.precision() + ", " + actual.scale() + ")";
		}
		return null;
	}

	/** The types a column of {@code type} may widen from without losing a value. */
	private static List<ColumnType> narrower(ColumnType type) {
		return switch (type) {
			case LONG -> List.of(ColumnType.INTEGER, ColumnType.SHORT);
			case INTEGER -> List.of(ColumnType.SHORT);
			case DOUBLE -> List.of(ColumnType.FLOAT);
			default -> List.of();
		};
	}

	/** Whether the catalog has an index serving {@code index}: the same columns, unique where it must be. */
	private static boolean satisfied(IndexModel index, List<Catalog.Index> actual) {
		List<String> wanted = index.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
		for (Catalog.Index candidate : actual) {
			if (index.unique() ? candidate.unique() && new HashSet<>(candidate.columns()).equals(new HashSet<>(wanted))
					: candidate.columns().size() >= wanted.size()
							&& candidate.columns().subList(0, wanted.size()).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private SchemaChange change(Kind kind, TableModel model, String column, String description, String sql) {
		return new SchemaChange(kind, model.name(), column, description, sql, kind != Kind.MANUAL);
	}

	private SchemaChange safe(Kind kind, TableModel model, ColumnModel column, String description, String sql) {
		return new SchemaChange(kind, model.name(), column.column(), description, sql, true);
	}

	private SchemaChange manual(TableModel model, ColumnModel column, String description, String sql) {
		return new SchemaChange(Kind.MANUAL, model.name(), column.column(), description, sql, false);
	}

	private String q(String identifier) {
		return this.dialect.quote(identifier);
	}
}
