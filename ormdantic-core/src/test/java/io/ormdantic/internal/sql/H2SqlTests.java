package io.ormdantic.internal.sql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.Where;
import io.ormdantic.internal.execute.Database;
import io.ormdantic.internal.sql.SqlFixtures.Ledger;
import io.ormdantic.internal.sql.SqlFixtures.Coffee;
import io.ormdantic.internal.sql.SqlFixtures.Flavor;
import io.ormdantic.internal.sql.SqlFixtures.Item;
import io.ormdantic.internal.sql.SqlFixtures.Keyword;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact statements and bindings rendered for H2. */
class H2SqlTests {

	private final SqlFixtures fx = new SqlFixtures(Database.H2);

	@Test
	void insertsOneAndManyRows() {
		TableStatements coffee = this.fx.statements(Coffee.class);
		assertThat(coffee.insert(true, 1)).isEqualTo(
				"INSERT INTO \"coffee\" (\"id\", \"sweetener\", \"sweetener_count\", \"flavor\") VALUES ($1, $2, $3, $4)");
		assertThat(coffee.insert(true, 2)).isEqualTo("INSERT INTO \"coffee\" (\"id\", \"sweetener\", \"sweetener_count\", "
				+ "\"flavor\") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8)");
		assertThat(this.fx.statements(Keyword.class).insert(false, 1))
			.isEqualTo("INSERT INTO \"select\" (\"order\", \"group\") VALUES ($1, $2)");
	}

	@Test
	void updatesUpsertsAndDeletesByKey() {
		TableStatements flavor = this.fx.statements(Flavor.class);
		assertThat(flavor.update()).isEqualTo("UPDATE \"flavor\" SET \"name\" = $1 WHERE \"id\" = $2");
		assertThat(flavor.upsert()).isEqualTo("MERGE INTO \"flavor\" (\"id\", \"name\") KEY (\"id\") VALUES ($1, $2)");
		assertThat(flavor.delete()).isEqualTo("DELETE FROM \"flavor\" WHERE \"id\" = $1");
		assertThat(flavor.exists()).isEqualTo("SELECT 1 FROM \"flavor\" WHERE \"id\" = $1");
	}

	@Test
	void versionedUpsertMergesOnlyUnderTheVersionAndReturnsIt() {
		assertThat(this.fx.statements(Ledger.class).upsert()).isEqualTo("SELECT \"version\" FROM FINAL TABLE (MERGE INTO "
				+ "\"ledger\" USING (VALUES ($1, $2, $3, $4, $5)) incoming (\"id\", \"note\", \"version\", \"created\", "
				+ "\"updated\") ON \"ledger\".\"id\" = incoming.\"id\" WHEN MATCHED AND \"ledger\".\"version\" = $6 THEN "
				+ "UPDATE SET \"note\" = incoming.\"note\", \"updated\" = incoming.\"updated\", \"version\" = "
				+ "\"ledger\".\"version\" + 1 WHEN NOT MATCHED THEN INSERT (\"id\", \"note\", \"version\", \"created\", "
				+ "\"updated\") VALUES (incoming.\"id\", incoming.\"note\", incoming.\"version\", incoming.\"created\", "
				+ "incoming.\"updated\"))");
	}

	@Test
	void selectsWithWhereOrderAndPaging() {
		SqlStatement statement = this.fx.select(Flavor.class, Query.where(Map.of("name", "vanilla")).orderBy("id", "name").order(Order.DESC).limit(2).offset(4));
		assertThat(statement.sql()).isEqualTo("SELECT t0.\"id\", t0.\"name\" FROM \"flavor\" t0 WHERE t0.\"name\" = $1 "
				+ "ORDER BY t0.\"id\" DESC, t0.\"name\" DESC LIMIT 2 OFFSET 4");
		assertThat(statement.values()).containsExactly("vanilla");
	}

	@Test
	void ordersPagesByKeyWhenNoOrderIsGiven() {
		SqlStatement statement = this.fx.select(Flavor.class, Query.all().offset(3));
		assertThat(statement.sql())
			.isEqualTo("SELECT t0.\"id\", t0.\"name\" FROM \"flavor\" t0 ORDER BY t0.\"id\" ASC OFFSET 3");
	}

	@Test
	void joinsToOneRelationsAtDepthOne() {
		SqlStatement statement = this.fx.count(Coffee.class, Query.where(Where.like("flavor.name", "van%").and(Where.gt("sweetenerCount", 1))).depth(1));
		assertThat(statement.sql()).isEqualTo("SELECT COUNT(*) FROM \"coffee\" t0 LEFT JOIN \"flavor\" t1 ON t1.\"id\" = "
				+ "t0.\"flavor\" WHERE (t1.\"name\" LIKE $1 AND t0.\"sweetener_count\" > $2)");
		assertThat(statement.values()).containsExactly("van%", 1);
		assertThat(this.fx.plan(Coffee.class, 1).selectFrom()).isEqualTo("SELECT t0.\"id\", t0.\"sweetener\", "
				+ "t0.\"sweetener_count\", t0.\"flavor\", t1.\"id\", t1.\"name\" FROM \"coffee\" t0 LEFT JOIN \"flavor\" t1 "
				+ "ON t1.\"id\" = t0.\"flavor\"");
	}

	@Test
	void rendersEveryOperatorWithBindParameters() {
		UUID id = UUID.randomUUID();
		Where where = Where.not(Where.in("id", List.of(id)))
			.or(Where.between("sweetenerCount", 1, 5))
			.or(Where.isNull("sweetener").and(Where.isNotNull("flavor")))
			.or(Where.ne("sweetener", "x").and(Where.ge("sweetenerCount", 2)).and(Where.le("sweetenerCount", 3))
				.and(Where.lt("sweetenerCount", 4)))
			.or(Where.in("sweetener", List.of()));
		SqlStatement statement = this.fx.count(Coffee.class, Query.where(where));
		assertThat(statement.sql()).isEqualTo("SELECT COUNT(*) FROM \"coffee\" t0 WHERE (NOT (t0.\"id\" IN ($1)) OR "
				+ "t0.\"sweetener_count\" BETWEEN $2 AND $3 OR (t0.\"sweetener\" IS NULL AND t0.\"flavor\" IS NOT NULL) OR "
				+ "(t0.\"sweetener\" <> $4 AND t0.\"sweetener_count\" >= $5 AND t0.\"sweetener_count\" <= $6 AND "
				+ "t0.\"sweetener_count\" < $7) OR t0.\"sweetener\" IS NULL AND 1 = 0)");
		assertThat(statement.values()).containsExactly(id, 1, 5, "x", 2, 3, 4);
	}

	@Test
	void bindsARelatedModelByItsKey() {
		Flavor flavor = new Flavor(UUID.randomUUID(), "mocha");
		SqlStatement statement = this.fx.count(Coffee.class, Query.where(Map.of("flavor", flavor)));
		assertThat(statement.sql()).isEqualTo("SELECT COUNT(*) FROM \"coffee\" t0 WHERE t0.\"flavor\" = $1");
		assertThat(statement.values()).containsExactly(flavor.id());
	}

	@Test
	void loadsBackReferencesWithOneInQuery() {
		SqlStatement statement = this.fx.renderer.selectWhereIn(this.fx.plan(Item.class, 0),
				this.fx.model(Item.class).column("owner"), List.of(1, 2, 3));
		assertThat(statement.sql()).isEqualTo("SELECT t0.\"id\", t0.\"owner\" FROM \"item\" t0 WHERE t0.\"owner\" IN "
				+ "($1, $2, $3) ORDER BY t0.\"id\"");
		assertThat(statement.values()).containsExactly(1, 2, 3);
	}

	@Test
	void createsTablesIndexesAndForeignKeys() {
		assertThat(this.fx.ddl(Keyword.class)).containsExactly("CREATE TABLE \"select\" (\"id\" INTEGER GENERATED BY "
				+ "DEFAULT AS IDENTITY NOT NULL, \"order\" VARCHAR(10) NOT NULL, \"group\" CHARACTER VARYING, PRIMARY KEY "
				+ "(\"id\"), CONSTRAINT \"uq_select_order\" UNIQUE (\"order\"), CONSTRAINT \"uq_select_order_group\" "
				+ "UNIQUE (\"order\", \"group\"))");
		assertThat(this.fx.ddl(Coffee.class)).containsExactly(
				"CREATE TABLE \"coffee\" (\"id\" UUID NOT NULL, \"sweetener\" VARCHAR(63), \"sweetener_count\" INTEGER, "
						+ "\"flavor\" UUID, PRIMARY KEY (\"id\"))",
				"CREATE INDEX \"ix_coffee_flavor\" ON \"coffee\" (\"flavor\")",
				"ALTER TABLE \"coffee\" ADD CONSTRAINT \"fk_coffee_flavor\" FOREIGN KEY (\"flavor\") REFERENCES "
						+ "\"flavor\" (\"id\")");
		assertThat(this.fx.dialect.dropTables(List.of("\"a\"", "\"b\"")))
			.containsExactly("DROP TABLE IF EXISTS \"a\", \"b\" CASCADE");
	}
}
