package io.ormdantic.internal.sql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.Query;
import io.ormdantic.internal.execute.Database;
import io.ormdantic.internal.sql.SqlFixtures.Ledger;
import io.ormdantic.internal.sql.SqlFixtures.Coffee;
import io.ormdantic.internal.sql.SqlFixtures.Flavor;
import io.ormdantic.internal.sql.SqlFixtures.Keyword;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact statements and bindings rendered for MySQL and MariaDB. */
class MySqlSqlTests {

	private final SqlFixtures fx = new SqlFixtures(Database.MYSQL);

	@Test
	void quotesWithBackticksAndBindsWithQuestionMarks() {
		assertThat(this.fx.statements(Flavor.class).update()).isEqualTo("UPDATE `flavor` SET `name` = ? WHERE `id` = ?");
		assertThat(this.fx.statements(Flavor.class).insert(true, 2))
			.isEqualTo("INSERT INTO `flavor` (`id`, `name`) VALUES (?, ?), (?, ?)");
	}

	@Test
	void keepsMultiRowInsertsSmallerThanTheBindLimit() {
		assertThat(this.fx.statements(Coffee.class).rowsPerInsert(true)).isEqualTo(250);
		assertThat(new SqlFixtures(Database.POSTGRESQL).statements(Coffee.class).rowsPerInsert(true))
			.isEqualTo(1000);
	}

	@Test
	void versionedUpdateAndDeleteCheckTheVersion() {
		TableStatements ledger = this.fx.statements(Ledger.class);
		assertThat(ledger.update()).isEqualTo("UPDATE `ledger` SET `note` = ?, `updated` = ?, `version` = `version` + 1 "
				+ "WHERE `id` = ? AND `version` = ?");
		assertThat(ledger.upsertStatement().outcome()).isEqualTo(io.ormdantic.internal.dialect.Upsert.Outcome.UPDATE_THEN_INSERT);
		assertThat(ledger.deleteVersioned()).isEqualTo("DELETE FROM `ledger` WHERE `id` = ? AND `version` = ?");
	}

	@Test
	void upsertsWithOnDuplicateKeyUpdate() {
		assertThat(this.fx.statements(Coffee.class).upsert()).isEqualTo("INSERT INTO `coffee` (`id`, `sweetener`, "
				+ "`sweetener_count`, `flavor`) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE `sweetener` = VALUES(`sweetener`), "
				+ "`sweetener_count` = VALUES(`sweetener_count`), `flavor` = VALUES(`flavor`)");
	}

	@Test
	void bindsUuidsAsTextAndPagesAnOffsetWithoutLimit() {
		UUID id = UUID.randomUUID();
		SqlStatement statement = this.fx.select(Flavor.class, Query.where(Map.of("id", List.of(id))).offset(2));
		assertThat(statement.sql()).isEqualTo("SELECT t0.`id`, t0.`name` FROM `flavor` t0 WHERE t0.`id` IN (?) "
				+ "ORDER BY t0.`id` ASC LIMIT 18446744073709551615 OFFSET 2");
		assertThat(statement.values()).containsExactly(id.toString());
	}

	@Test
	void createsTablesWithMySqlTypesAndDropsWithoutChecks() {
		assertThat(this.fx.ddl(Keyword.class).get(0)).isEqualTo("CREATE TABLE `select` (`id` INT AUTO_INCREMENT NOT NULL, "
				+ "`order` VARCHAR(10) NOT NULL, `group` VARCHAR(255), PRIMARY KEY (`id`), CONSTRAINT `uq_select_order` "
				+ "UNIQUE (`order`), CONSTRAINT `uq_select_order_group` UNIQUE (`order`, `group`)) DEFAULT CHARSET=utf8mb4");
		assertThat(this.fx.ddl(Coffee.class).get(0)).isEqualTo("CREATE TABLE `coffee` (`id` CHAR(36) NOT NULL, "
				+ "`sweetener` VARCHAR(63), `sweetener_count` INT, `flavor` CHAR(36), PRIMARY KEY (`id`)) DEFAULT CHARSET=utf8mb4");
		assertThat(this.fx.dialect.dropTables(List.of("`a`"))).containsExactly("SET FOREIGN_KEY_CHECKS = 0",
				"DROP TABLE IF EXISTS `a`", "SET FOREIGN_KEY_CHECKS = 1");
	}
}
