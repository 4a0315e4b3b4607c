package io.ormdantic.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.ormdantic.test.fixtures.Constrained;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every generated instance passes Hibernate Validator, over every constraint the generator honours. */
class GeneratedInstancesAreValidTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void theValidatorSeesAViolation() {
		Constrained invalid = Generator.of(Constrained.class).with("minMax", 5).with("email", "not an address").generate();
		assertThat(validator.validate(invalid)).extracting((violation) -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("minMax", "email");
	}

	@Test
	void hundredsOfInstancesPassHibernateValidator() {
		List<Constrained> instances = Generator.of(Constrained.class).generateList(500);
		for (Constrained instance : instances) {
			Set<ConstraintViolation<Constrained>> violations = validator.validate(instance);
			assertThat(violations).as("violations of %s", instance).isEmpty();
		}
	}

	@Test
	void instancesWithManySeedsPassHibernateValidator() {
		for (long seed = 0; seed < 200; seed++) {
			Constrained instance = Generator.of(Constrained.class).seed(seed).generate();
			assertThat(validator.validate(instance)).as("violations with seed %d", seed).isEmpty();
		}
	}

	@Test
	void nullOptionalsInstancesPassHibernateValidator() {
		for (Constrained instance : Generator.of(Constrained.class).nullOptionals().generateList(100)) {
			assertThat(validator.validate(instance)).isEmpty();
		}
	}

	@Test
	void valuesSpreadOverTheirConstrainedRanges() {
		List<Constrained> instances = Generator.of(Constrained.class).generateList(300);
		assertThat(instances).extracting(Constrained::minMax).contains(10, 20);
		assertThat(instances).extracting(Constrained::code).doesNotHaveDuplicates()
			.allSatisfy((code) -> assertThat(code).matches("[A-Z]{3}-\\d{4}"));
		assertThat(instances).extracting(Constrained::drinkCode).allSatisfy((code) -> assertThat(code).hasSizeLessThanOrEqualTo(10))
			.anySatisfy((code) -> assertThat(code).startsWith("latte_"));
		assertThat(instances).extracting(Constrained::money)
			.anySatisfy((money) -> assertThat(money).isNegative())
			.anySatisfy((money) -> assertThat(money).isGreaterThan(new BigDecimal("100")));
		assertThat(instances).extracting(Constrained::long40to50).allSatisfy((text) -> assertThat(text).hasSizeBetween(40, 50));
	}
}
