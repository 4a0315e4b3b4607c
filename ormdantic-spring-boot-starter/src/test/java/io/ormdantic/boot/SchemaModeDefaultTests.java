package io.ormdantic.boot;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaMode;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The schema mode without {@code ormdantic.schema}: {@code create}, or {@code validate} when a {@code Flyway} or
 * {@code SpringLiquibase} bean runs the migrations; a set mode always wins. And the property's metadata, which lists
 * every mode.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaModeDefaultTests {

	private final ApplicationContextRunner runner = StarterContexts.runner();

	@Test
	void withFlywayOnTheClassPathButNoBeanTheDefaultIsCreate(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(Flyway.class).doesNotHaveBean(SpringLiquibase.class);
			assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.CREATE);
		});
		assertThat(output).doesNotContain("defaults to validate");
	}

	@Test
	void aFlywayBeanMakesTheDefaultValidateAndSaysSoOnce(CapturedOutput output) {
		this.runner.withBean(Flyway.class, () -> Flyway.configure().load()).run((context) -> {
			context.getBean(Ormdantic.class);
			assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.VALIDATE);
		});
		assertThat(output).containsOnlyOnce("Ormdantic schema mode defaults to validate because Flyway runs the "
				+ "migrations: the schema is checked after them, never changed (set ormdantic.schema to choose "
				+ "another mode)");
	}

	@Test
	void flywayAndLiquibaseBeansBothMakeTheDefaultValidate(CapturedOutput output) {
		this.runner.withBean(Flyway.class, () -> Flyway.configure().load())
			.withBean(SpringLiquibase.class, () -> mock(SpringLiquibase.class))
			.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
				.isEqualTo(SchemaMode.VALIDATE));
		assertThat(output).contains("defaults to validate because Flyway and Liquibase run the migrations");
	}

	@Test
	void withoutFlywayOnTheClassPathItsToolDoesNotCount() {
		this.runner.withClassLoader(new FilteredClassLoader(Flyway.class, SpringLiquibase.class))
			.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
				.isEqualTo(SchemaMode.CREATE));
	}

	@Test
	void aSetModeWinsOverTheMigrationDefault(CapturedOutput output) {
		for (SchemaMode mode : SchemaMode.values()) {
			this.runner.withBean(Flyway.class, () -> Flyway.configure().load())
				.withPropertyValues("ormdantic.schema=" + property(mode))
				.run((context) -> assertThat(context.getBean(OrmdanticSchemaInitializer.class).getMode())
					.isEqualTo(mode));
		}
		assertThat(output).doesNotContain("defaults to validate");
	}

	@Test
	void metadataListsEverySchemaModeAndTheDefault() throws Exception {
		JsonNode metadata;
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			metadata = JsonMapper.builder().build().readTree(in);
		}
		JsonNode property = find(metadata.path("properties"), "ormdantic.schema");
		assertThat(property.path("type").asString()).isEqualTo(SchemaMode.class.getName());
		assertThat(property.path("description").asString())
			.contains("create | update | drop-create | validate | none", "Flyway or Liquibase");
		List<String> hinted = find(metadata.path("hints"), "ormdantic.schema").path("values")
			.valueStream()
			.map((value) -> value.path("value").asString())
			.toList();
		assertThat(hinted).containsExactly("create", "update", "drop-create", "validate", "none")
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(SchemaMode.values()).map(this::property).toList());
	}

	private static JsonNode find(JsonNode entries, String name) {
		return entries.valueStream()
			.filter((entry) -> name.equals(entry.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no metadata for " + name));
	}

	private String property(SchemaMode mode) {
		return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
