package io.ormdantic.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coffee shop started as {@code java -Dspring.aot.enabled=true -jar} starts it: {@link SpringApplication} runs
 * the application from the code {@code spring-boot:process-aot} generated, and it serves a flavor it stored.
 */
@EnabledIfSystemProperty(named = "spring.aot.enabled", matches = "true")
@Timeout(120)
class AotApplicationTests {

	@Test
	void applicationStartsFromGeneratedCodeAndServesRequests() {
		SpringApplication application = new SpringApplication(CoffeeShopApplication.class);
		// Boot finds the generated initializer by the main class, which a test would otherwise leave to the stack.
		application.setMainApplicationClass(CoffeeShopApplication.class);
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.main.banner-mode=off", "--spring.r2dbc.generate-unique-name=true")) {
			assertThat(context.containsBean(AnnotationConfigUtils.CONFIGURATION_ANNOTATION_PROCESSOR_BEAN_NAME))
				.isFalse();
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
			String location = client.post()
				.uri("/flavors")
				.bodyValue(Map.of("name", "native vanilla"))
				.exchange()
				.expectStatus()
				.isCreated()
				.returnResult(String.class)
				.getResponseHeaders()
				.getLocation()
				.toString();
			client.get().uri(location).exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.name").isEqualTo("native vanilla");
		}
	}

}
