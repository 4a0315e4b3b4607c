package io.ormdantic.boot;

import java.time.Duration;
import java.util.Map;

import io.ormdantic.SchemaValidationException;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.Query;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.models.BootFlavor;
import io.ormdantic.boot.validate.NeverCreated;
import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema step on every database: brought up by the first operation or the ready event, once; kept out of
 * the caller's transaction; validate and none modes; an unreachable database. Contexts here publish no
 * {@link ApplicationReadyEvent} by themselves, so each test decides when "ready" happens.
 */
@Timeout(180)
class SchemaInitializationTests {

	private static final Duration TIMEOUT = StarterContexts.TIMEOUT;

	private final ApplicationContextRunner runner = StarterContexts.runner()
		.withUserConfiguration(StarterContexts.ModelPackage.class);

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void operationBeforeReadyBringsTheSchemaUpAndReadyDoesNotDropItsRows(TestDatabase database) {
		this.runner.withPropertyValues("ormdantic.connection=" + database.url(), "ormdantic.schema=drop-create")
			.run((context) -> {
				TableOperations<BootFlavor> flavors = flavors(context);
				BootFlavor stored = flavors.insert(new BootFlavor(null, "early")).block(TIMEOUT);
				assertThat(stored.id()).isNotNull();
				ready(context);
				assertThat(flavors.count().block(TIMEOUT)).isEqualTo(1);
				assertThat(flavors.findOne(stored.id()).block(TIMEOUT)).isEqualTo(stored);
			});
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void writeInAPostConstructThroughTheTemplateMeetsItsTable(TestDatabase database) {
		this.runner.withPropertyValues("ormdantic.connection=" + database.url(), "ormdantic.schema=drop-create")
			.withBean(EarlyWriter.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				ready(context);
				assertThat(flavors(context).count(Query.where(Map.of("name", "post-construct"))).block(TIMEOUT))
					.isEqualTo(1);
			});
	}

	/** Writes while the context is still being built, before any TableOperations bean exists. */
	static class EarlyWriter {

		EarlyWriter(OrmdanticTemplate template) {
			template.table(BootFlavor.class).insert(new BootFlavor(null, "post-construct")).block(TIMEOUT);
		}

	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void failedTransactionLeavesNothingWrittenAndKeepsTheSchemaItBroughtUp(TestDatabase database) {
		this.runner.withPropertyValues("ormdantic.connection=" + database.url(), "ormdantic.schema=drop-create")
			.run((context) -> {
				TableOperations<BootFlavor> flavors = flavors(context);
				TransactionalOperator transaction = context.getBean(TransactionalOperator.class);
				// The first operation runs inside the transaction, so the schema step is triggered from there too.
				Mono<Void> failing = flavors.insert(new BootFlavor(null, "rolled back"))
					.then(flavors.insert(new BootFlavor(null, "rolled back too")))
					.then(Mono.<Void>error(new IllegalStateException("payment declined")))
					.as(transaction::transactional);
				StepVerifier.create(failing).expectErrorMessage("payment declined").verify(TIMEOUT);
				assertThat(flavors.count().block(TIMEOUT)).isZero();
				flavors.insert(new BootFlavor(null, "committed"))
					.then(flavors.insert(new BootFlavor(null, "committed too")))
					.as(transaction::transactional)
					.block(TIMEOUT);
				assertThat(flavors.count(Query.where(Map.of("name", "committed"))).block(TIMEOUT)).isEqualTo(1);
				assertThat(flavors.count().block(TIMEOUT)).isEqualTo(2);
			});
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void validateNamesTheMissingTableAndPassesOnceItExists(TestDatabase database) {
		String url = database.url();
		this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.schema=validate",
				"ormdantic.packages=io.ormdantic.boot.validate")
			.run((context) -> StepVerifier.create(initializer(context).schema())
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("boot_never_created"))
				.verify(TIMEOUT));
		this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.schema=drop-create").run((created) -> {
			initializer(created).schema().block(TIMEOUT);
			this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.schema=validate")
				.run((validated) -> StepVerifier.create(initializer(validated).schema()).verifyComplete());
		});
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void noneCreatesNothing(TestDatabase database) {
		this.runner.withPropertyValues("ormdantic.connection=" + database.url(), "ormdantic.schema=none",
				"ormdantic.packages=io.ormdantic.boot.validate")
			.run((context) -> {
				ready(context);
				TableOperations<?> neverCreated = context.getBean(OrmdanticTemplate.class).table(NeverCreated.class);
				StepVerifier.create(neverCreated.count()).expectError(DataAccessException.class).verify(TIMEOUT);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "r2dbc:postgresql://postgres@127.0.0.1:1/test", "r2dbc:mysql://root@127.0.0.1:1/test" })
	void unreachableDatabaseFailsTheSchemaStepNamingTheSetting(String url) {
		this.runner.withPropertyValues("ormdantic.connection=" + url).run((context) -> {
			assertThat(context).hasNotFailed();
			StepVerifier.create(initializer(context).schema()).expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(DatabaseConnectionException.class)
					.hasMessageContaining("ormdantic.connection (")
					.hasMessageContaining("@127.0.0.1:1/test)");
				assertThat(((DatabaseConnectionException) ex).getReason())
					.isEqualTo(DatabaseConnectionException.Reason.UNREACHABLE);
			}).verify(TIMEOUT);
		});
	}

	@SuppressWarnings("unchecked")
	private static TableOperations<BootFlavor> flavors(AssertableApplicationContext context) {
		ResolvableType type = ResolvableType.forClassWithGenerics(TableOperations.class, BootFlavor.class);
		return (TableOperations<BootFlavor>) context.getBeanProvider(type).getObject();
	}

	private static OrmdanticSchemaInitializer initializer(AssertableApplicationContext context) {
		return context.getBean(OrmdanticSchemaInitializer.class);
	}

	/** Publishes the event SpringApplication publishes once the application is ready. */
	private static void ready(AssertableApplicationContext context) {
		context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
				context.getSourceApplicationContext(), Duration.ZERO));
	}

}
