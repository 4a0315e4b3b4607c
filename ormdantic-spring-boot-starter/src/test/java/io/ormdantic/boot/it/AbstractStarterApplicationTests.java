package io.ormdantic.boot.it;

import java.time.Duration;
import java.util.Map;

import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.OrmdanticSchemaInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter inside a whole application, started by {@code SpringApplication} (so with its ready event),
 * once per database by the subclasses.
 */
@SpringBootTest(properties = { "ormdantic.schema=drop-create", "spring.main.banner-mode=off" })
@Timeout(120)
abstract class AbstractStarterApplicationTests {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	TableOperations<ItFlavor> flavors;

	@Autowired
	StarterTestApplication application;

	@Autowired
	StarterTestApplication.FlavorService service;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	OrmdanticTemplate template;

	@Test
	void rowsWrittenByACommandLineRunnerSurviveDropCreateOnReady(@Autowired OrmdanticSchemaInitializer initializer) {
		assertThat(this.application.ready).isTrue();
		StepVerifier.create(initializer.schema()).verifyComplete();
		ItFlavor written = this.application.runnerRow.get();
		assertThat(written).isNotNull();
		assertThat(this.flavors.findOne(written.id()).block(TIMEOUT)).isEqualTo(written);
	}

	@Test
	void operationsAreInjectedByGenericTypeAndWork() {
		ItFlavor stored = this.flavors.insert(new ItFlavor(null, "injected")).block(TIMEOUT);
		assertThat(this.flavors.model()).isEqualTo(ItFlavor.class);
		assertThat(this.template.table(ItFlavor.class).findOne(stored.id()).block(TIMEOUT)).isEqualTo(stored);
	}

	@Test
	void transactionalServiceThatFailsLeavesNothingWritten() {
		StepVerifier.create(this.service.insertThenFail(new ItFlavor(null, "service rollback")))
			.expectErrorMessage("out of milk")
			.verify(TIMEOUT);
		assertThat(countNamed("service rollback")).isZero();
	}

	@Test
	void transactionalOperatorThatFailsLeavesNothingWritten() {
		Mono<ItFlavor> failing = this.flavors.insert(new ItFlavor(null, "operator rollback"))
			.then(Mono.error(new IllegalStateException("grinder jammed")));
		StepVerifier.create(failing.as(this.transaction::transactional))
			.expectErrorMessage("grinder jammed")
			.verify(TIMEOUT);
		assertThat(countNamed("operator rollback")).isZero();
	}

	@Test
	void transactionThatCompletesIsCommitted() {
		this.flavors.insert(new ItFlavor(null, "committed"))
			.then(this.flavors.insert(new ItFlavor(null, "committed")))
			.as(this.transaction::transactional)
			.block(TIMEOUT);
		assertThat(countNamed("committed")).isEqualTo(2);
	}

	private long countNamed(String name) {
		return this.flavors.count(Query.where(Map.of("name", name))).block(TIMEOUT);
	}

}
