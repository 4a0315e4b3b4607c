package io.ormdantic.boot;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated configuration metadata an IDE completes {@code ormdantic.*} from: the engine's timeout and retry
 * settings with their defaults, and {@code ormdantic.pool.*} deprecated in favour of Boot's pool settings.
 */
class ConfigurationMetadataTests {

	private final JsonNode properties = read().path("properties");

	@Test
	void statementTimeoutAndRetryAreDescribedWithTheirDefaults() {
		assertThat(property("ormdantic.statement-timeout").path("type").asString()).isEqualTo("java.time.Duration");
		assertThat(property("ormdantic.statement-timeout").path("description").asString())
			.contains("QueryTimeoutException", "no limit");
		assertThat(property("ormdantic.retry.max-attempts").path("defaultValue").asInt()).isEqualTo(3);
		assertThat(property("ormdantic.retry.backoff").path("defaultValue").asString()).isEqualTo("50ms");
		assertThat(property("ormdantic.retry.backoff").path("description").asString()).isNotBlank();
	}

	@Test
	void replicasAreAListOfUrlsDescribedWithTheirRouting() {
		JsonNode replicas = property("ormdantic.replicas");
		assertThat(replicas.path("type").asString()).isEqualTo("java.util.List<java.lang.String>");
		assertThat(replicas.path("description").asString()).contains("R2DBC URLs", "spring.r2dbc.pool",
				"read-only", "Query.onPrimary()");
	}

	@Test
	void poolSettingsAreDeprecatedForTheirSpringR2dbcPoolReplacements() {
		for (String name : new String[] { "max-size", "max-idle-time" }) {
			JsonNode property = property("ormdantic.pool." + name);
			assertThat(property.path("deprecated").asBoolean()).isTrue();
			assertThat(property.path("deprecation").path("replacement").asString())
				.isEqualTo("spring.r2dbc.pool." + name);
		}
	}

	private JsonNode property(String name) {
		return this.properties.valueStream()
			.filter((entry) -> name.equals(entry.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no metadata for " + name));
	}

	private static JsonNode read() {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
