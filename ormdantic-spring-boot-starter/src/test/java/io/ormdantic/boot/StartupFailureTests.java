package io.ormdantic.boot;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup failures as a user meets them: {@code SpringApplication} fails and prints Boot's "APPLICATION FAILED
 * TO START" report with the starter's description and action.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(180)
class StartupFailureTests {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void validateModeFailsStartupNamingTheMissingTable(TestDatabase database, CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("ormdantic.connection=" + database.url(),
				"ormdantic.schema=validate", "ormdantic.packages=io.ormdantic.boot.validate"))
			.withStackTraceContaining("boot_never_created");
		assertThat(output).contains("APPLICATION FAILED TO START", "ormdantic.schema=validate", "boot_never_created",
				"set 'ormdantic.schema' to 'create'");
	}

	@Test
	void badModelFailsStartupWithTheModelAndTheRule(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("ormdantic.packages=io.ormdantic.boot.badmodels"));
		assertThat(output).contains("APPLICATION FAILED TO START", "An Ormdantic model breaks a table restriction",
				"PrimaryKeyless", "missing", "Fix the model named above");
	}

	@Test
	void unreachableDatabaseFailsStartupNamingTheSetting(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(
				"ormdantic.connection=r2dbc:postgresql://postgres@127.0.0.1:1/test",
				"ormdantic.packages=io.ormdantic.boot.models"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Ormdantic could not connect to the database",
				"ormdantic.connection (postgres@127.0.0.1:1/test)", "Make sure the database is running");
	}

	@Test
	void missingDriverFailsStartupNamingTheUrl(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("ormdantic.connection=r2dbc:nosuchdriver://localhost/db"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Ormdantic could not open the database",
				"nosuchdriver", "to the application's dependencies");
	}

	private static void start(String... properties) {
		new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.properties(properties)
			.run()
			.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
