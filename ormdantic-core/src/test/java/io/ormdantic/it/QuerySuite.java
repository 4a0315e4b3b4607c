package io.ormdantic.it;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.Result;
import io.ormdantic.TableOperations;
import io.ormdantic.Where;
import io.ormdantic.it.CoffeeShop.Coffee;
import io.ormdantic.it.CoffeeShop.Flavor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link Where} operator, map conditions, dotted paths, ordering and paging, over five coffees:
 * <pre>
 * c1 Sugar  1 vanilla
 * c2 Honey  2 mocha
 * c3 Sugar  3 caramel
 * c4 Stevia 4 vanilla
 * c5 null   null mocha
 * </pre>
 */
abstract class QuerySuite extends IntegrationSuite {

	TableOperations<Coffee> coffees;

	Flavor vanilla;

	/** Labels of the coffees by key, so that assertions read as the table above. */
	final Map<UUID, String> labels = new HashMap<>();

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Flavor.class, Coffee.class };
	}

	@BeforeEach
	void coffees() {
		TableOperations<Flavor> flavors = table(Flavor.class);
		this.coffees = table(Coffee.class);
		this.vanilla = block(flavors.insert(Flavor.named("vanilla")));
		Flavor mocha = block(flavors.insert(Flavor.named("mocha")));
		Flavor caramel = block(flavors.insert(Flavor.named("caramel")));
		this.labels.clear();
		coffee("c1", "Sugar", 1, this.vanilla);
		coffee("c2", "Honey", 2, mocha);
		coffee("c3", "Sugar", 3, caramel);
		coffee("c4", "Stevia", 4, this.vanilla);
		coffee("c5", null, null, mocha);
	}

	private void coffee(String label, String sweetener, Integer count, Flavor flavor) {
		this.labels.put(block(this.coffees.insert(new Coffee(null, sweetener, count, flavor))).id(), label);
	}

	/** The labels of the coffees the query selects, in the order they came. */
	List<String> labels(Query query) {
		return each(data(this.coffees.findMany(query)), coffee -> this.labels.get(coffee.id()));
	}

	/** The labels of the coffees the query selects, sorted: for queries whose order is not the point. */
	List<String> sortedLabels(Query query) {
		return labels(query).stream().sorted().toList();
	}

	List<String> matching(Where condition) {
		return sortedLabels(Query.where(condition));
	}

	List<String> matching(Map<String, ?> condition) {
		return sortedLabels(Query.where(condition));
	}

	@Test
	void comparisons() {
		assertThat(matching(Where.eq("sweetener", "Sugar"))).containsExactly("c1", "c3");
		// SQL's <>: a null sweetener is not "different from Sugar", it is unknown
		assertThat(matching(Where.ne("sweetener", "Sugar"))).containsExactly("c2", "c4");
		assertThat(matching(Where.gt("sweetenerCount", 2))).containsExactly("c3", "c4");
		assertThat(matching(Where.ge("sweetenerCount", 2))).containsExactly("c2", "c3", "c4");
		assertThat(matching(Where.lt("sweetenerCount", 2))).containsExactly("c1");
		assertThat(matching(Where.le("sweetenerCount", 2))).containsExactly("c1", "c2");
	}

	@Test
	void likeInAndBetween() {
		assertThat(matching(Where.like("sweetener", "S%"))).containsExactly("c1", "c3", "c4");
		assertThat(matching(Where.like("sweetener", "S_gar"))).containsExactly("c1", "c3");
		assertThat(matching(Where.in("sweetenerCount", List.of(1, 4, 99)))).containsExactly("c1", "c4");
		assertThat(matching(Where.in("sweetener", List.of()))).isEmpty();
		// an empty IN matches no row, so its negation matches every row, null sweetener included
		assertThat(matching(Where.not(Where.in("sweetener", List.of())))).containsExactly("c1", "c2", "c3", "c4", "c5");
		assertThat(matching(Where.between("sweetenerCount", 2, 3))).containsExactly("c2", "c3");
	}

	@Test
	void nullTests() {
		assertThat(matching(Where.isNull("sweetener"))).containsExactly("c5");
		assertThat(matching(Where.isNotNull("sweetenerCount"))).containsExactly("c1", "c2", "c3", "c4");
		assertThat(matching(Where.eq("sweetener", null))).containsExactly("c5");
		assertThat(matching(Where.ne("sweetener", null))).containsExactly("c1", "c2", "c3", "c4");
	}

	@Test
	void andOrNot() {
		assertThat(matching(Where.like("sweetener", "S%").and(Where.gt("sweetenerCount", 1)))).containsExactly("c3", "c4");
		assertThat(matching(Where.eq("sweetener", "Honey").or(Where.gt("sweetenerCount", 3)))).containsExactly("c2", "c4");
		assertThat(matching(Where.not(Where.isNull("sweetener")))).containsExactly("c1", "c2", "c3", "c4");
		assertThat(matching(Where.not(Where.eq("sweetener", "Sugar")).and(Where.isNotNull("sweetener"))))
			.containsExactly("c2", "c4");
		// (Sugar or Honey) and not (count between 2 and 3): grouping must survive rendering
		Where sugarOrHoney = Where.eq("sweetener", "Sugar").or(Where.eq("sweetener", "Honey"));
		assertThat(matching(sugarOrHoney.and(Where.not(Where.between("sweetenerCount", 2, 3))))).containsExactly("c1");
		assertThat(matching(Where.eq("sweetener", "Stevia").or(sugarOrHoney.and(Where.lt("sweetenerCount", 2)))))
			.containsExactly("c1", "c4");
	}

	@Test
	void mapConditions() {
		assertThat(matching(Map.of("sweetener", "Sugar", "sweetenerCount", 3))).containsExactly("c3");
		assertThat(matching(Map.of("sweetener", List.of("Honey", "Stevia")))).containsExactly("c2", "c4");
		assertThat(matching(Collections.singletonMap("sweetener", null))).containsExactly("c5");
		assertThat(matching(Map.of())).containsExactly("c1", "c2", "c3", "c4", "c5");
	}

	@Test
	void operatorMaps() {
		assertThat(matching(Map.of("sweetenerCount", Map.of("gte", 2, "lt", 5)))).containsExactly("c2", "c3", "c4");
		assertThat(matching(Map.of("sweetenerCount", Map.of("gt", 1, "le", 3)))).containsExactly("c2", "c3");
		assertThat(matching(Map.of("sweetenerCount", Map.of("between", List.of(3, 4))))).containsExactly("c3", "c4");
		assertThat(matching(Map.of("sweetener", Map.of("like", "%e%", "ne", "Honey")))).containsExactly("c4");
		assertThat(matching(Map.of("sweetener", Map.of("in", List.of("Sugar"))))).containsExactly("c1", "c3");
		assertThat(matching(Map.of("sweetener", Map.of("isNull", true)))).containsExactly("c5");
		assertThat(matching(Map.of("sweetener", Map.of("eq", "Honey"), "sweetenerCount", Map.of("ge", 2))))
			.containsExactly("c2");
	}

	@Test
	void theInstanceFormReplacesTheCondition() {
		Query query = Query.where(Where.eq("sweetener", "Honey")).orderBy("sweetenerCount");

		assertThat(labels(query.withWhere(Map.of("sweetener", "Sugar")))).containsExactly("c1", "c3");
		assertThat(labels(query.withWhere(Where.gt("sweetenerCount", 2)))).containsExactly("c3", "c4");
	}

	@Test
	void dottedPathsReachTheRelatedModelAtDepthOne() {
		Query vanillas = Query.where(Map.of("flavor.name", "vanilla")).orderBy("sweetenerCount").depth(1);

		List<Coffee> found = data(this.coffees.findMany(vanillas));

		assertThat(labels(vanillas)).containsExactly("c1", "c4");
		assertThat(each(found, Coffee::flavor)).containsOnly(this.vanilla);
		assertThat(sortedLabels(Query.where(Where.like("flavor.name", "%a%").and(Where.ne("flavor.name", "vanilla")))
			.depth(2))).containsExactly("c2", "c3", "c5");
		assertThat(labels(Query.where(Map.of("flavor.id", this.vanilla.id())).orderBy("sweetenerCount").depth(1)))
			.containsExactly("c1", "c4");
	}

	@Test
	void dottedPathsAreRejectedAtDepthZero() {
		StepVerifier.create(this.coffees.findMany(Query.where(Map.of("flavor.name", "vanilla"))))
			.verifyError(InvalidQueryException.class);
		StepVerifier.create(this.coffees.count(Query.where(Map.of("flavor.name", "vanilla"))))
			.verifyError(InvalidQueryException.class);
		StepVerifier.create(this.coffees.findMany(Query.all().orderBy("flavor.name")))
			.verifyError(InvalidQueryException.class);
	}

	@Test
	void orderAppliesToEveryOrderByField() {
		Query counted = Query.where(Where.isNotNull("sweetenerCount"));

		assertThat(labels(counted.orderBy("sweetenerCount"))).containsExactly("c1", "c2", "c3", "c4");
		assertThat(labels(counted.orderBy("sweetenerCount").order(Order.ASC))).containsExactly("c1", "c2", "c3", "c4");
		assertThat(labels(counted.orderBy("sweetenerCount").order(Order.DESC))).containsExactly("c4", "c3", "c2", "c1");
		assertThat(labels(counted.orderBy("sweetener", "sweetenerCount").order(Order.DESC)))
			.containsExactly("c3", "c1", "c4", "c2");
		assertThat(labels(counted.orderBy("flavor.name", "sweetenerCount").depth(1)))
			.containsExactly("c3", "c2", "c1", "c4");
	}

	@Test
	void limitZeroMeansNoLimit() {
		Result<Coffee> all = block(this.coffees.findMany(Query.all().limit(0)));

		assertThat(all.limit()).isZero();
		assertThat(all.data()).hasSize(5);
		assertThat(labels(Query.all().orderBy("sweetenerCount").limit(0).offset(3))).hasSize(2);
	}

	@Test
	void resultsReportTheirPage() {
		Query counted = Query.where(Where.isNotNull("sweetenerCount")).orderBy("sweetenerCount");

		Result<Coffee> page = block(this.coffees.findMany(counted.limit(2).offset(1)));

		assertThat(page.offset()).isEqualTo(1);
		assertThat(page.limit()).isEqualTo(2);
		assertThat(each(page.data(), coffee -> this.labels.get(coffee.id()))).containsExactly("c2", "c3");
		assertThat(labels(counted.limit(10).offset(2))).containsExactly("c3", "c4");
		assertThat(labels(counted.limit(10).offset(10))).isEmpty();
	}

	@Test
	void countUsesTheCondition() {
		assertThat(block(this.coffees.count(Query.where(Where.like("sweetener", "S%"))))).isEqualTo(3);
		assertThat(block(this.coffees.count(Query.where(Map.of("flavor.name", "mocha")).depth(1)))).isEqualTo(2);
		assertThat(block(this.coffees.count(Query.all()))).isEqualTo(5);
	}
}
