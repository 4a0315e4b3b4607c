package io.ormdantic.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.SchemaMode;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.audited.BootLedger;
import io.ormdantic.boot.json.BootNote;
import io.ormdantic.boot.models.BootCoffee;
import io.ormdantic.boot.models.BootFlavor;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The template, the model scan, the per-model {@link TableOperations} beans and the schema initializer: when they
 * are created and when they back off.
 */
class OrmdanticAutoConfigurationTests {

	private final ApplicationContextRunner runner = StarterContexts.runner();

	@Test
	void registersScannedModelsAndOneTableOperationsBeanPerModel() {
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class, FlavorClient.class).run((context) -> {
			assertThat(context).hasSingleBean(OrmdanticTemplate.class).hasSingleBean(OrmdanticSchemaInitializer.class);
			assertThat(context.getBean(OrmdanticModels.class).classes())
				.containsExactly(BootCoffee.class, BootFlavor.class);
			assertThat(context.getBean(OrmdanticTemplate.class).models())
				.containsExactlyInAnyOrder(BootCoffee.class, BootFlavor.class);
			assertThat(operations(context, BootFlavor.class).model()).isEqualTo(BootFlavor.class);
			assertThat(operations(context, BootCoffee.class).model()).isEqualTo(BootCoffee.class);
			assertThat(context.getBean(FlavorClient.class).flavors.model()).isEqualTo(BootFlavor.class);
		});
	}

	@Test
	void jsonColumnsGoThroughTheApplicationsJsonMapper() {
		this.runner.withPropertyValues("ormdantic.packages=io.ormdantic.boot.json", "ormdantic.schema=drop-create")
			.withBean(JsonMapper.class,
					() -> JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build())
			.run((context) -> {
				TableOperations<BootNote> notes = context.getBean(OrmdanticTemplate.class).table(BootNote.class);
				BootNote stored = notes.insert(new BootNote(null, Map.of("a", new BootNote.Detail("x"))))
					.block(Duration.ofSeconds(30));
				String raw = DatabaseClient.create(context.getBean(ConnectionFactory.class))
					.sql("SELECT CAST(\"details\" AS VARCHAR) FROM \"boot_note\"")
					.map((row) -> row.get(0, String.class))
					.one()
					.block(Duration.ofSeconds(30));
				assertThat(raw).contains("some_name").doesNotContain("someName");
				assertThat(notes.findOne(stored.id()).block(Duration.ofSeconds(30)).details())
					.containsEntry("a", new BootNote.Detail("x"));
			});
	}

	@Test
	void auditTimesComeFromTheApplicationsClock() {
		Instant now = Instant.parse("2026-04-05T06:07:08.123456Z");
		this.runner.withPropertyValues("ormdantic.packages=io.ormdantic.boot.audited", "ormdantic.schema=drop-create")
			.withBean(Clock.class, () -> Clock.fixed(now, ZoneOffset.UTC))
			.run((context) -> {
				TableOperations<BootLedger> ledgers = context.getBean(OrmdanticTemplate.class).table(BootLedger.class);
				BootLedger stored = ledgers.insert(new BootLedger(null, "first", null, null, null))
					.block(Duration.ofSeconds(30));
				assertThat(stored.created()).isEqualTo(now);
				assertThat(stored.updated()).isEqualTo(now);
				assertThat(stored.version()).isEqualTo(1L);
				assertThat(ledgers.findOne(stored.id()).block(Duration.ofSeconds(30))).isEqualTo(stored);
			});
	}

	@Test
	void packagesPropertyReplacesTheAutoConfigurationPackages() {
		this.runner.withPropertyValues("ormdantic.packages=io.ormdantic.boot.models").run((context) -> {
			OrmdanticModels models = context.getBean(OrmdanticModels.class);
			assertThat(models.classes()).containsExactly(BootCoffee.class, BootFlavor.class);
			assertThat(models.packages()).containsExactly("io.ormdantic.boot.models");
		});
	}

	@Test
	void withoutPackagesNoModelsAreRegistered() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(OrmdanticTemplate.class);
			assertThat(context.getBean(OrmdanticModels.class).classes()).isEmpty();
			assertThat(context.getBeanNamesForType(TableOperations.class)).isEmpty();
		});
	}

	@Test
	void badModelFailsStartupWithTheModelDefinitionMessage() {
		this.runner.withPropertyValues("ormdantic.packages=io.ormdantic.boot.badmodels").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(ModelDefinitionException.class)
				.hasMessageContaining("PrimaryKeyless")
				.hasMessageContaining("missing");
			FailureAnalysis analysis = new ModelDefinitionFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("PrimaryKeyless");
			assertThat(analysis.getAction()).contains("ormdantic.packages");
		});
	}

	@Test
	void schemaPropertyChoosesTheInitializerMode() {
		this.runner.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
			.isEqualTo(SchemaMode.CREATE));
		this.runner.withPropertyValues("ormdantic.schema=drop-create")
			.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
				.isEqualTo(SchemaMode.DROP_CREATE));
		this.runner.withPropertyValues("ormdantic.schema=validate")
			.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
				.isEqualTo(SchemaMode.VALIDATE));
	}

	@Test
	void applicationTemplateReplacesTheAutoConfiguredOneAndServesTheTableOperations() {
		OrmdanticTemplate own = mock(OrmdanticTemplate.class);
		TableOperations<BootFlavor> flavors = operationsMock(BootFlavor.class);
		TableOperations<BootCoffee> coffees = operationsMock(BootCoffee.class);
		given(own.table(BootFlavor.class)).willReturn(flavors);
		given(own.table(BootCoffee.class)).willReturn(coffees);
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class)
			.withBean(OrmdanticTemplate.class, () -> own)
			.run((context) -> {
				assertThat(context).hasSingleBean(OrmdanticTemplate.class)
					.doesNotHaveBean(Ormdantic.class)
					.doesNotHaveBean(OrmdanticSchemaInitializer.class);
				assertThat(context.getBean(OrmdanticTemplate.class)).isSameAs(own);
				assertThat(operations(context, BootFlavor.class)).isSameAs(flavors);
			});
	}

	@Test
	void applicationTableOperationsBeanReplacesOnlyThatModels() {
		OrmdanticTemplate own = mock(OrmdanticTemplate.class);
		TableOperations<BootCoffee> coffees = operationsMock(BootCoffee.class);
		given(own.table(BootCoffee.class)).willReturn(coffees);
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class, OwnFlavorOperations.class)
			.withBean(OrmdanticTemplate.class, () -> own)
			.run((context) -> {
				assertThat(context.getBeanProvider(typeOf(BootFlavor.class)).stream()).hasSize(1);
				assertThat(operations(context, BootFlavor.class)).isSameAs(context.getBean("ownFlavors"));
				assertThat(operations(context, BootCoffee.class)).isSameAs(coffees);
			});
	}

	@Test
	void applicationSchemaInitializerReplacesTheAutoConfiguredOne() {
		this.runner.withUserConfiguration(OwnSchemaInitializer.class).run((context) -> {
			assertThat(context).hasSingleBean(OrmdanticSchemaInitializer.class).hasBean("ownInitializer");
			assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.NONE);
		});
	}

	@Test
	void applicationModelsBeanReplacesTheScan() {
		OrmdanticModels own = new OrmdanticModels(List.of(BootFlavor.class), List.of());
		this.runner.withBean(OrmdanticModels.class, () -> own)
			.run((context) -> assertThat(context.getBean(OrmdanticTemplate.class).models())
				.containsExactly(BootFlavor.class));
	}

	@Test
	void backsOffWithoutASingleConnectionFactory() {
		this.runner.withBean("first", ConnectionFactory.class, () -> ConnectionFactories.get(TestDatabase.H2.url()))
			.withBean("second", ConnectionFactory.class, () -> ConnectionFactories.get(TestDatabase.H2.url()))
			.run((context) -> assertThat(context).doesNotHaveBean(OrmdanticTemplate.class)
				.doesNotHaveBean(OrmdanticModels.class)
				.doesNotHaveBean(OrmdanticSchemaInitializer.class));
	}

	@Test
	void backsOffWithoutOrmdanticCore() {
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class)
			.withClassLoader(new FilteredClassLoader(Ormdantic.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OrmdanticTemplate.class)
				.doesNotHaveBean(OrmdanticModels.class)
				.doesNotHaveBean(OrmdanticSchemaInitializer.class));
	}

	@Test
	void backsOffWithoutSpringR2dbc() {
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class)
			.withClassLoader(new FilteredClassLoader(DatabaseClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OrmdanticTemplate.class)
				.doesNotHaveBean(OrmdanticModels.class));
	}

	@Test
	void backsOffWithoutR2dbc() {
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class)
			.withClassLoader(new FilteredClassLoader(ConnectionFactory.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OrmdanticTemplate.class)
				.doesNotHaveBean(OrmdanticModels.class));
	}

	private static <T> TableOperations<T> operations(ApplicationContext context, Class<T> model) {
		@SuppressWarnings("unchecked")
		TableOperations<T> operations = (TableOperations<T>) context.getBeanProvider(typeOf(model)).getObject();
		return operations;
	}

	private static ResolvableType typeOf(Class<?> model) {
		return ResolvableType.forClassWithGenerics(TableOperations.class, model);
	}

	@SuppressWarnings("unchecked")
	private static <T> TableOperations<T> operationsMock(Class<T> model) {
		TableOperations<T> operations = mock(TableOperations.class);
		given(operations.model()).willReturn(model);
		return operations;
	}

	/** Injects operations by generic type, as an application does. */
	static class FlavorClient {

		@Autowired
		TableOperations<BootFlavor> flavors;

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnFlavorOperations {

		@Bean
		TableOperations<BootFlavor> ownFlavors() {
			return operationsMock(BootFlavor.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSchemaInitializer {

		@Bean
		OrmdanticSchemaInitializer ownInitializer(Ormdantic ormdantic) {
			return new OrmdanticSchemaInitializer(ormdantic, SchemaMode.NONE, "test");
		}

	}

}
