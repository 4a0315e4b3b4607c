package io.ormdantic.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.InvalidValueException;
import io.ormdantic.OrmdanticException;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.Where;
import io.ormdantic.it.CoffeeShop.Coffee;
import io.ormdantic.it.CoffeeShop.Flavor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad queries fail with {@link InvalidQueryException} before any SQL is sent; hostile strings stay values;
 * values that break a column's rule and duplicate keys fail without writing anything.
 */
abstract class BadInputSuite extends IntegrationSuite {

	static final String HOSTILE = "x'; DROP TABLE it_flavor; --";

	TableOperations<Flavor> flavors;

	/** One counted database for the suite, made when first needed. */
	private Counted counted;

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Flavor.class, Coffee.class };
	}

	@BeforeEach
	void tables() {
		this.flavors = table(Flavor.class);
	}

	/**
	 * Runs the operation on a database whose statements are counted, and checks it fails with an
	 * {@link InvalidQueryException} (as an error signal, not a throw) without sending a statement.
	 */
	void assertRejectedBeforeSql(Function<TableOperations<Coffee>, Publisher<?>> operation, String... named) {
		if (this.counted == null) {
			this.counted = counted();
		}
		TableOperations<Coffee> coffees = this.counted.database().table(Coffee.class);
		this.counted.statements().reset();

		StepVerifier.create(operation.apply(coffees))
			.expectErrorSatisfies(error -> {
				assertThat(error).isInstanceOf(InvalidQueryException.class);
				for (String name : named) {
					assertThat(error.getMessage()).contains(name);
				}
			})
			.verify(TIMEOUT);
		assertThat(this.counted.statements().statements()).isEmpty();
	}

	@Test
	void unknownFieldsAreRejected() {
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.where(Map.of("colour", "red"))), "colour");
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().orderBy("sweetener", "colour")), "colour");
		assertRejectedBeforeSql(coffees -> coffees.stream(Query.where(Where.gt("colour", 1))), "colour");
		assertRejectedBeforeSql(coffees -> coffees.count(Query.where(Where.not(Where.isNull("colour")))), "colour");
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.where(Map.of("flavor.colour", "red")).depth(1)), "colour");
		// a dotted path must run through a relation
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.where(Map.of("sweetener.name", "x")).depth(1)));
	}

	@Test
	void fieldPathsWithAnEmptySegmentAreRejected() {
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.where(Map.of(".sweetener", "Sugar"))), "'.sweetener'",
				"empty segment");
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().orderBy(".id")), "'.id'", "empty segment");
		assertRejectedBeforeSql(coffees -> coffees.count(Query.where(Map.of("flavor..name", "x")).depth(1)), "flavor..name");
		assertRejectedBeforeSql(coffees -> coffees.stream(Query.where(Map.of("sweetener.", "x"))), "'sweetener.'");
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().orderBy("flavor.name.").depth(1)), "flavor.name.");
	}

	@Test
	void negativeLimitOffsetAndDepthAreRejected() {
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().limit(-1)));
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().offset(-1)));
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().depth(-1)));
		assertRejectedBeforeSql(coffees -> coffees.stream(Query.all().limit(-5)));
		assertRejectedBeforeSql(coffees -> coffees.count(Query.all().depth(-1)));
		assertRejectedBeforeSql(coffees -> coffees.findOne(UUID.randomUUID(), -1));
	}

	@Test
	void hostileFieldNamesAreRejected() {
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.where(Map.of("sweetener = sweetener OR 1=1 --", "x"))));
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().orderBy("sweetener; DROP TABLE it_flavor")));
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.all().orderBy("sweetener DESC")));
		assertRejectedBeforeSql(coffees -> coffees.findMany(Query.where(Where.eq("flavor.name) OR (1=1", "x")).depth(1)));
		assertRejectedBeforeSql(coffees -> coffees.count(Query.where(Where.like("\"sweetener\"", "%"))));
		assertThat(block(this.flavors.count())).isZero();
	}

	@Test
	void unknownOperatorsAreRejectedWhenTheQueryIsBuilt() {
		assertThatThrownBy(() -> Query.where(Map.of("sweetener", Map.of("regex", ".*"))))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("regex");
	}

	@Test
	void hostileValuesAreStoredAndFoundIntact() {
		String quoted = "O'Brien \\' \\\" `tick` \"double\" ; -- /* */ %_";
		Flavor hostile = block(this.flavors.insert(Flavor.named(HOSTILE)));
		Flavor tricky = block(this.flavors.insert(Flavor.named(quoted)));

		assertThat(block(this.flavors.findOne(hostile.id())).name()).isEqualTo(HOSTILE);
		assertThat(block(this.flavors.findOne(tricky.id())).name()).isEqualTo(quoted);
		assertThat(data(this.flavors.findMany(Query.where(Map.of("name", HOSTILE))))).containsExactly(hostile);
		assertThat(data(this.flavors.findMany(Query.where(Where.like("name", "O'Brien%"))))).containsExactly(tricky);
		assertThat(data(this.flavors.findMany(Query.where(Where.in("name", List.of(quoted, "' OR '1'='1"))))))
			.containsExactly(tricky);
		block(this.flavors.update(new Flavor(tricky.id(), HOSTILE)));
		assertThat(block(this.flavors.count(Query.where(Map.of("name", HOSTILE))))).isEqualTo(2);
		// the table is still there
		assertThat(block(this.flavors.count())).isEqualTo(2);
	}

	@Test
	void aTooLongStringIsRejectedAndNothingIsWritten() {
		String longest = "☕".repeat(63);
		Flavor kept = block(this.flavors.insert(Flavor.named(longest)));

		StepVerifier.create(this.flavors.insert(Flavor.named("x".repeat(64)))).verifyError(InvalidValueException.class);
		StepVerifier.create(this.flavors.update(new Flavor(kept.id(), "y".repeat(64)))).verifyError(InvalidValueException.class);
		StepVerifier.create(this.flavors.upsert(new Flavor(UUID.randomUUID(), "z".repeat(100))))
			.verifyError(InvalidValueException.class);

		// @Size counts characters, not bytes: 63 three-byte characters fit
		assertThat(data(this.flavors.findMany())).containsExactly(kept);
		assertThat(kept.name()).hasSize(63);
	}

	@Test
	void lengthCountsUtf16UnitsAsSizeDoesSoAStringEitherFitsOrIsRefusedBeforeWriting() {
		// 31 emoji are 62 UTF-16 units: within @Size(max = 63) and stored as they are on every database
		String fits = "\uD83D\uDE00".repeat(31);
		Flavor kept = block(this.flavors.insert(Flavor.named(fits)));
		assertThat(block(this.flavors.findOne(kept.id())).name()).isEqualTo(fits);

		// 32 emoji are 32 code points but 64 UTF-16 units: refused as @Size refuses them, nothing written
		String tooLong = "\uD83D\uDE00".repeat(32);
		StepVerifier.create(this.flavors.insert(Flavor.named(tooLong)))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(InvalidValueException.class)
				.hasMessageContaining("name")
				.hasMessageContaining("64 UTF-16 characters")
				.hasMessageContaining("@Size(max = 63)"))
			.verify(TIMEOUT);
		StepVerifier.create(this.flavors.upsert(new Flavor(kept.id(), tooLong))).verifyError(InvalidValueException.class);
		assertThat(data(this.flavors.findMany())).containsExactly(kept);
	}

	@Test
	void aDuplicateKeyFailsWithDuplicateKeyException() {
		Flavor vanilla = block(this.flavors.insert(Flavor.named("vanilla")));

		StepVerifier.create(this.flavors.insert(new Flavor(vanilla.id(), "mocha"))).verifyError(DuplicateKeyException.class);

		assertThat(data(this.flavors.findMany())).containsExactly(vanilla);
	}

	@Test
	void aRelatedModelWithoutAKeyIsRefused() {
		// it was never stored, so it cannot be referenced; storing null instead would lose the relation silently
		TableOperations<Coffee> coffees = table(Coffee.class);

		StepVerifier.create(coffees.insert(new Coffee(null, "Sugar", 1, Flavor.named("never stored"))))
			.expectErrorSatisfies(error -> assertThat(error)
				.isInstanceOfAny(OrmdanticException.class, DataIntegrityViolationException.class))
			.verify(TIMEOUT);

		assertThat(block(coffees.count())).isZero();
	}
}
