package io.ormdantic.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.ormdantic.BackReference;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaChange.Kind;
import io.ormdantic.SchemaDiff;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.r2dbc.spi.ConnectionFactoryOptions;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema evolution on every database: version 1 of a small model set is created and filled, then version 2 (or a set
 * with changes that would lose data) is compared with it and applied.
 */
abstract class EvolutionSuite extends IntegrationSuite {

	/** Version 1: a shop with items (a relation and a back reference). */
	@Table(name = "it_evo_shop", pk = "id", backReferences = @BackReference(field = "items", mappedBy = "shop"))
	record ShopV1(UUID id, @Size(max = 20) String name, List<ItemV1> items) {
	}

	/** Version 1 of an item. */
	@Table(name = "it_evo_item", pk = "id")
	record ItemV1(UUID id, @Size(max = 30) String label, Integer count, String note, ShopV1 shop) {
	}

	/** Version 2: a wider name, a nullable indexed field, a unique field, a primitive field. */
	@Table(name = "it_evo_shop", pk = "id", indexed = "city", unique = "code",
			backReferences = @BackReference(field = "items", mappedBy = "shop"))
	record ShopV2(UUID id, @Size(max = 40) String name, @Size(max = 30) String city, @Size(max = 10) String code,
			int rating, boolean open, List<ItemV2> items) {
	}

	/** Version 2 of an item: one more nullable field. */
	@Table(name = "it_evo_item", pk = "id")
	record ItemV2(UUID id, @Size(max = 30) String label, Integer count, String note, ShopV2 shop, Boolean gift) {
	}

	/** Version 2 adds a table with a foreign key to an old one. */
	@Table(name = "it_evo_review", pk = "id")
	record ReviewV2(UUID id, String text, ShopV2 shop) {
	}

	/** Changes that would lose data: NOT NULL over existing nulls. */
	@Table(name = "it_evo_shop", pk = "id", backReferences = @BackReference(field = "items", mappedBy = "shop"))
	record ShopManual(UUID id, @NotNull @Size(max = 20) String name, List<ItemManual> items) {
	}

	/** A narrowed label, a changed type, and the note removed. */
	@Table(name = "it_evo_item", pk = "id")
	record ItemManual(UUID id, @Size(max = 10) String label, String count, ShopManual shop) {
	}

	/** Version 1 with one more table, which version 2 no longer declares. */
	@Table(name = "it_evo_coupon", pk = "id")
	record CouponV1(UUID id, @Size(max = 20) String code) {
	}

	/** The shop of version 1, without its back reference, for item versions of its own. */
	@Table(name = "it_evo_shop", pk = "id")
	record ShopPlain(UUID id, @Size(max = 20) String name) {
	}

	/** The label becomes NOT NULL: every item has one. */
	@Table(name = "it_evo_item", pk = "id")
	record ItemLabelled(UUID id, @NotNull @Size(max = 30) String label, Integer count, String note, ShopPlain shop) {
	}

	/** The count becomes NOT NULL: one item has none. */
	@Table(name = "it_evo_item", pk = "id")
	record ItemCounted(UUID id, @Size(max = 30) String label, @NotNull Integer count, String note, ShopPlain shop) {
	}

	/** A model of another set, which shares no table with the shop's. */
	@Table(name = "it_evo_elsewhere", pk = "id")
	record Elsewhere(UUID id) {
	}

	@Override
	Class<?>[] models() {
		return new Class<?>[] { ShopV2.class, ItemV2.class, ReviewV2.class };
	}

	private Ormdantic v1;

	private ShopV1 bakery;

	private ShopV1 nameless;

	@BeforeEach
	void versionOne() {
		block(this.database.dropAll());
		this.v1 = buildWith(ShopV1.class, ItemV1.class);
		block(this.v1.init());
		this.bakery = block(this.v1.table(ShopV1.class).insert(new ShopV1(null, "bakery", null)));
		this.nameless = block(this.v1.table(ShopV1.class).insert(new ShopV1(null, null, null)));
		blockList(this.v1.table(ItemV1.class).insertAll(List.of(new ItemV1(null, "bread", 3, "fresh", this.bakery),
				new ItemV1(null, "a label of thirty characters!!", null, null, this.bakery),
				new ItemV1(null, "empty", 0, "n", this.nameless))));
	}

	@Test
	void updateAppliesVersionTwoKeepsEveryRowAndLeavesNoDifference() {
		SchemaDiff diff = block(this.database.schemaDiff());
		assertThat(diff.manual()).isEmpty();
		assertThat(diff.changes()).extracting(SchemaChange::kind)
			.contains(Kind.CREATE_TABLE, Kind.ADD_COLUMN, Kind.WIDEN_COLUMN, Kind.ADD_INDEX, Kind.ADD_UNIQUE,
					Kind.ADD_FOREIGN_KEY);
		assertThat(diff.changes()).extracting(SchemaChange::target)
			.contains("it_evo_review", "it_evo_shop.city", "it_evo_shop.code", "it_evo_shop.rating", "it_evo_shop.open",
					"it_evo_shop.name", "it_evo_item.gift");

		SchemaDiff applied = block(this.database.update());
		assertThat(applied.safe()).hasSameSizeAs(diff.safe());
		assertThat(applied.manual()).isEmpty();
		assertThat(block(this.database.schemaDiff()).changes()).isEmpty();

		TableOperations<ShopV2> shops = table(ShopV2.class);
		ShopV2 old = block(shops.findOne(this.bakery.id(), 1));
		assertThat(old.name()).isEqualTo("bakery");
		assertThat(old.rating()).isZero();
		assertThat(old.open()).isFalse();
		assertThat(old.city()).isNull();
		assertThat(old.items()).extracting(ItemV2::label).containsExactlyInAnyOrder("bread", "a label of thirty characters!!");
		assertThat(block(table(ItemV2.class).count())).isEqualTo(3);

		ShopV2 widened = block(shops.update(new ShopV2(old.id(), "a bakery with a name of forty characters", "Lyon",
				"B1", 5, true, null)));
		assertThat(block(shops.findOne(widened.id())).name()).hasSize(40);
		block(shops.insert(new ShopV2(null, "mill", "Lyon", "M1", 4, true, null)));
		assertThat(block(shops.count(Query.where(Map.of("city", "Lyon"))))).isEqualTo(2);
		assertThat(data(shops.findMany(Query.all().orderBy("rating")))).extracting(ShopV2::rating).containsExactly(0, 4, 5);
		ReviewV2 review = block(table(ReviewV2.class).insert(new ReviewV2(null, "good", widened)));
		assertThat(block(table(ReviewV2.class).findOne(review.id(), 1)).shop().city()).isEqualTo("Lyon");
		// the new unique constraint holds
		assertThat(Mono.from(shops.insert(new ShopV2(null, "copy", null, "M1", 0, false, null)))
			.onErrorResume(error -> Mono.empty()).blockOptional(TIMEOUT)).isEmpty();
	}

	@Test
	void changesThatWouldLoseDataAreManualNeverAppliedAndChangeNoData() {
		Ormdantic manual = buildWith(ShopManual.class, ItemManual.class);
		SchemaDiff diff = block(manual.schemaDiff());
		assertThat(diff.safe()).isEmpty();
		assertThat(diff.manual()).extracting(SchemaChange::target)
			.containsExactlyInAnyOrder("it_evo_shop.name", "it_evo_item.label", "it_evo_item.count", "it_evo_item.note");
		assertThat(diff.manual()).allSatisfy(change -> assertThat(change.sql()).isNotBlank());
		List<ItemV1> before = items();

		SchemaDiff after = block(manual.update());
		assertThat(after.safe()).isEmpty();
		assertThat(after.manual()).hasSameSizeAs(diff.manual());
		assertThat(items()).isEqualTo(before);
		assertThat(block(this.v1.table(ShopV1.class).findOne(this.nameless.id())).name()).isNull();
		assertThat(block(this.v1.schemaDiff()).changes()).isEmpty();
	}

	@Test
	void theScriptRunByTheDatabasesOwnClientLeavesNoDifference() throws Exception {
		SchemaDiff diff = block(this.database.schemaDiff());
		String script = diff.toSql();
		assertThat(script).contains("CREATE TABLE").contains("ALTER TABLE");
		runScript(script);
		assertThat(block(this.database.schemaDiff()).changes()).isEmpty();
		assertThat(block(table(ItemV2.class).count())).isEqualTo(3);
	}

	@Test
	void notNullOverAColumnWithoutNullsIsAppliedByUpdate() {
		Ormdantic labelled = buildWith(ShopPlain.class, ItemLabelled.class);
		SchemaDiff diff = block(labelled.schemaDiff());
		assertThat(diff.changes()).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.NOT_NULL_COLUMN);
			assertThat(change.target()).isEqualTo("it_evo_item.label");
			assertThat(change.safe()).isTrue();
		});
		List<ItemV1> before = items();

		SchemaDiff applied = block(labelled.update());
		assertThat(applied.changes()).extracting(SchemaChange::kind).containsExactly(Kind.NOT_NULL_COLUMN);
		assertThat(block(labelled.schemaDiff()).changes()).isEmpty();
		assertThat(items()).isEqualTo(before);
		StepVerifier.create(this.v1.table(ItemV1.class).insert(new ItemV1(null, null, 1, null, this.bakery)))
			.verifyError(DataIntegrityViolationException.class);
	}

	@Test
	void notNullOverAColumnHoldingNullsIsManualSaysHowManyAndChangesNothing() {
		Ormdantic counted = buildWith(ShopPlain.class, ItemCounted.class);
		SchemaDiff diff = block(counted.schemaDiff());
		assertThat(diff.changes()).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(Kind.MANUAL);
			assertThat(change.target()).isEqualTo("it_evo_item.count");
			assertThat(change.description()).contains("1 row(s) hold null");
			assertThat(change.sql()).contains("NOT NULL");
		});
		List<ItemV1> before = items();

		SchemaDiff after = block(counted.update());
		assertThat(after.safe()).isEmpty();
		assertThat(after.manual()).extracting(SchemaChange::target).containsExactly("it_evo_item.count");
		assertThat(items()).isEqualTo(before);
		// The column still accepts nulls, and the next diff counts them again.
		block(this.v1.table(ItemV1.class).insert(new ItemV1(null, "uncounted", null, null, this.bakery)));
		assertThat(block(counted.schemaDiff()).manual()).singleElement()
			.satisfies(change -> assertThat(change.description()).contains("2 row(s) hold null"));
	}

	@Test
	void aTableNoModelDeclaresAnyMoreIsReportedManualAndNeverDropped() {
		Ormdantic withCoupons = withCoupons();
		CouponV1 coupon = block(withCoupons.table(CouponV1.class).insert(new CouponV1(null, "WELCOME")));

		SchemaDiff diff = block(this.database.schemaDiff());
		assertThat(diff.manual()).singleElement().satisfies(change -> {
			assertThat(change.target()).isEqualTo("it_evo_coupon");
			assertThat(change.column()).isNull();
			assertThat(change.description()).contains(CouponV1.class.getName(), "ormdantic_tables");
			assertThat(change.sql()).startsWith("DROP TABLE").contains("it_evo_coupon");
		});
		assertThat(diff.toSql()).contains("\n-- DROP TABLE ");
		SchemaDiff updated = block(this.database.update());
		assertThat(updated.manual()).extracting(SchemaChange::target).containsExactly("it_evo_coupon");
		assertThat(block(this.database.schemaDiff()).changes()).extracting(SchemaChange::target)
			.containsExactly("it_evo_coupon");
		assertThat(data(withCoupons.table(CouponV1.class).findMany())).containsExactly(coupon);
		// Another model set, which shares no table with this one, is told nothing of it.
		assertThat(block(buildWith(Elsewhere.class).schemaDiff()).manual()).isEmpty();

		block(buildWith(CouponV1.class).dropAll());
		assertThat(ledgerRows("it_evo_coupon")).isZero();
		assertThat(block(this.database.schemaDiff()).changes()).isEmpty();
	}

	@Test
	void updateForgetsTheLedgerRowOfAnUndeclaredTableThatIsGone() {
		withCoupons();
		execute("DROP TABLE " + quote("it_evo_coupon"));
		assertThat(ledgerRows("it_evo_coupon")).isOne();
		assertThat(block(this.database.schemaDiff()).manual()).isEmpty();

		block(this.database.update());
		assertThat(ledgerRows("it_evo_coupon")).isZero();
		assertThat(ledgerRows("it_evo_shop")).isOne();
		assertThat(ledgerRows("it_evo_review")).isOne();
		assertThat(block(this.database.schemaDiff()).changes()).isEmpty();
	}

	/** Version 1 with the coupons' table, created by {@code init()} (a previous run's dropped first). */
	private Ormdantic withCoupons() {
		block(buildWith(CouponV1.class).dropAll());
		Ormdantic withCoupons = buildWith(ShopV1.class, ItemV1.class, CouponV1.class);
		block(withCoupons.init());
		assertThat(ledgerRows("it_evo_coupon")).isOne();
		return withCoupons;
	}

	/** How many rows of Ormdantic's ledger name the table. */
	private long ledgerRows(String table) {
		String marker = "MySQL".equals(this.database.dialectName()) ? "?" : "$1";
		return block(DatabaseClient.create(this.database.connectionFactory())
			.sql("SELECT COUNT(*) FROM " + quote("ormdantic_tables") + " WHERE " + quote("table_name") + " = " + marker)
			.bind(0, table)
			.map(row -> ((Number) row.get(0)).longValue())
			.one());
	}

	private void execute(String sql) {
		block(DatabaseClient.create(this.database.connectionFactory()).sql(sql).then());
	}

	private String quote(String identifier) {
		return "MySQL".equals(this.database.dialectName()) ? "`" + identifier + "`" : "\"" + identifier + "\"";
	}

	private List<ItemV1> items() {
		return blockList(this.v1.table(ItemV1.class).stream(Query.all().orderBy("label")));
	}

	/** Runs a script as the database's own client would: psql or mariadb for the servers, statement by statement on H2. */
	private void runScript(String script) throws IOException, InterruptedException {
		ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(this.url);
		String driver = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.DRIVER));
		if ("h2".equals(driver)) {
			Flux.fromArray(script.split(";\n")).map(String::strip)
				.map(statement -> statement.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip())
				.filter(statement -> !statement.isEmpty())
				.concatMap(statement -> Mono.from(this.database.connectionFactory().create())
					.flatMap(connection -> Mono.from(connection.createStatement(statement).execute())
						.flatMap(result -> Mono.from(result.getRowsUpdated()))
						.then(Mono.from(connection.close()))))
				.blockLast(TIMEOUT);
			return;
		}
		Path file = Files.createTempFile("ormdantic-", ".sql");
		Files.writeString(file, script, StandardCharsets.UTF_8);
		String host = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.HOST));
		String port = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.PORT));
		String user = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.USER));
		String database = String.valueOf(options.getRequiredValue(ConnectionFactoryOptions.DATABASE));
		List<String> command = driver.startsWith("postgres")
				? List.of("psql", "-h", host, "-p", port, "-U", user, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-f",
						file.toString())
				: List.of("mariadb", "--protocol=tcp", "-h", host, "-P", port, "-u", user, database, "-e",
						"source " + file);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("%s said: %s", command.get(0), output).isZero();
		Files.delete(file);
	}
}
