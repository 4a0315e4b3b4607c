package io.ormdantic.internal.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaChange.Kind;
import io.ormdantic.SchemaDiff;
import io.ormdantic.internal.execute.Database;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.sql.SchemaLedger.Entry;
import io.ormdantic.internal.sql.SchemaLedger.Rows;
import io.ormdantic.internal.sql.SqlFixtures.Coffee;
import io.ormdantic.internal.sql.SqlFixtures.Flavor;
import io.ormdantic.internal.sql.SqlFixtures.Keyword;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the schema diff makes of a catalog, no database involved: a NOT NULL by the nulls its column holds, the
 * ledger's tables that no model declares any more, and the ledger's own statements.
 */
class SchemaDifferTests {

	private final SqlFixtures postgres = new SqlFixtures(Database.POSTGRESQL);

	private final SqlFixtures mysql = new SqlFixtures(Database.MYSQL);

	@Test
	void notNullOverAColumnWithoutNullsIsSafeOverNullsManualSayingHowMany() {
		String sql = "ALTER TABLE \"select\" ALTER COLUMN \"order\" SET NOT NULL";
		assertThat(orderChanges(this.postgres, "character varying", 10, 0L)).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.NOT_NULL_COLUMN);
			assertThat(change.safe()).isTrue();
			assertThat(change.sql()).isEqualTo(sql);
		});
		assertThat(orderChanges(this.postgres, "character varying", 10, 3L)).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.MANUAL);
			assertThat(change.safe()).isFalse();
			assertThat(change.description()).contains("3 row(s) hold null", "give them a value");
			assertThat(change.sql()).isEqualTo(sql);
		});
		// Not counted: nothing says the column is free of nulls.
		assertThat(orderChanges(this.postgres, "character varying", 10, null)).extracting(SchemaChange::kind)
			.containsExactly(Kind.MANUAL);
	}

	@Test
	void aNotNullComesWithATypeChangeLeftToAPersonBecauseMySqlRestatesTheType() {
		assertThat(orderChanges(this.mysql, "varchar", 10, 0L)).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.NOT_NULL_COLUMN);
			assertThat(change.sql()).isEqualTo("ALTER TABLE `select` MODIFY COLUMN `order` VARCHAR(10) NOT NULL");
		});
		// The column is wider than the field: MODIFY ... VARCHAR(10) NOT NULL would narrow it as well.
		assertThat(orderChanges(this.mysql, "varchar", 20, 0L)).extracting(SchemaChange::kind)
			.containsExactly(Kind.MANUAL, Kind.MANUAL);
	}

	@Test
	void aTableTheLedgerRecordedThatNoModelDeclaresIsManualWithACommentedDrop() {
		SchemaDiff diff = new SchemaDiffer(this.postgres.dialect).diff(List.of(), this.postgres.registry::resolved,
				new Catalog(Map.of()), List.of(new Entry("coupon", "shop.Coupon", "a")));
		assertThat(diff.changes()).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.MANUAL);
			assertThat(change.target()).isEqualTo("coupon");
			assertThat(change.column()).isNull();
			assertThat(change.description()).contains("shop.Coupon", "never drops", SchemaLedger.TABLE);
			assertThat(change.sql()).isEqualTo("DROP TABLE \"coupon\"");
		});
		assertThat(diff.toSql()).contains("\n-- DROP TABLE \"coupon\";\n");
	}

	@Test
	void theLedgerReportsOnlyTheUndeclaredTablesOfTheRegisteredModelsSet() {
		TableModel flavor = this.postgres.model(Flavor.class);
		TableModel coffee = this.postgres.model(Coffee.class);
		Rows rows = new Rows(List.of(new Entry("flavor", "x.Flavor", "a"), new Entry("gone", "x.Gone", "a"),
				new Entry("elsewhere", "y.Elsewhere", "b"), new Entry(SchemaLedger.TABLE, "x.Odd", "a")));

		assertThat(rows.undeclared(List.of(flavor))).extracting(Entry::table).containsExactly("gone");
		assertThat(rows.undeclared(List.of(coffee))).isEmpty();
		assertThat(new Rows(List.of()).undeclared(List.of(flavor))).isEmpty();
		assertThat(rows.missing(List.of(flavor, coffee), "new"))
			.containsExactly(new Entry("coffee", Coffee.class.getName(), "a"));
		assertThat(rows.missing(List.of(coffee), "new")).containsExactly(new Entry("coffee", Coffee.class.getName(), "new"));
		assertThat(rows.missing(List.of(flavor), "new")).isEmpty();
	}

	@Test
	void theLedgersStatementsBindEveryValue() {
		SchemaLedger ledger = new SchemaLedger(this.postgres.dialect);
		assertThat(ledger.createTable()).isEqualTo("CREATE TABLE IF NOT EXISTS \"ormdantic_tables\" (\"table_name\" "
				+ "VARCHAR(255) NOT NULL, \"model\" VARCHAR(500) NOT NULL, \"model_set\" VARCHAR(36) NOT NULL, "
				+ "PRIMARY KEY (\"table_name\"))");
		SqlStatement record = ledger.record(new Entry("coffee", "x.Coffee", "a"));
		assertThat(record.sql()).isEqualTo("INSERT INTO \"ormdantic_tables\" (\"table_name\", \"model\", \"model_set\") "
				+ "VALUES ($1, $2, $3) ON CONFLICT (\"table_name\") DO NOTHING");
		assertThat(record.values()).containsExactly("coffee", "x.Coffee", "a");
		SqlStatement forget = ledger.forget(List.of("coffee", "flavor"));
		assertThat(forget.sql()).isEqualTo("DELETE FROM \"ormdantic_tables\" WHERE \"table_name\" IN ($1, $2)");
		assertThat(forget.values()).containsExactly("coffee", "flavor");

		SchemaLedger onMySql = new SchemaLedger(this.mysql.dialect);
		assertThat(onMySql.createTable()).endsWith("PRIMARY KEY (`table_name`)) DEFAULT CHARSET=utf8mb4");
		assertThat(onMySql.record(new Entry("coffee", "x.Coffee", "a")).sql()).isEqualTo("INSERT INTO `ormdantic_tables` "
				+ "(`table_name`, `model`, `model_set`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE `table_name` = `table_name`");
	}

	/**
	 * The changes of {@code Keyword.order} ({@code @NotNull @Size(max = 10)}) over a column that accepts nulls.
	 *
	 * @param nulls how many rows hold null there, or null when not counted
	 */
	private static List<SchemaChange> orderChanges(SqlFixtures fx, String type, long length, Long nulls) {
		TableModel keyword = fx.model(Keyword.class);
		Map<String, Catalog.Column> columns = new HashMap<>();
		String integer = fx.dialect.catalogTypes(keyword.primaryKey().type()).iterator().next();
		columns.put("id", new Catalog.Column("id", integer, 0, 32, 0, false));
		columns.put("order", new Catalog.Column("order", type, length, 0, 0, true));
		columns.put("group", new Catalog.Column("group", "text", 0, 0, 0, true));
		Map<String, Long> counted = nulls == null ? Map.of() : Map.of("order", nulls);
		Catalog catalog = new Catalog(Map.of("select", new Catalog.Table("select", columns, List.of(), List.of(), true,
				counted)));
		return new SchemaDiffer(fx.dialect).diff(List.of(keyword), fx.registry::resolved, catalog, List.of())
			.changes()
			.stream()
			.filter(change -> "select.order".equals(change.target()))
			.toList();
	}
}
