package io.ormdantic.internal.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaChange.Kind;
import io.ormdantic.internal.execute.Database;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.sql.SqlFixtures.Keyword;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the schema diff makes of a catalog, no database involved: a NOT NULL by the nulls its column holds. */
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
		return new SchemaDiffer(fx.dialect).diff(List.of(keyword), fx.registry::resolved, catalog)
			.changes()
			.stream()
			.filter(change -> "select.order".equals(change.target()))
			.toList();
	}
}
