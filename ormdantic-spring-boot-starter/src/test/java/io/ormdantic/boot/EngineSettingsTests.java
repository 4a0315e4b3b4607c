package io.ormdantic.boot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.boot.models.BootFlavor;
import io.ormdantic.Ormdantic;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * What reaches the engine's builder from {@code ormdantic.statement-timeout}, {@code ormdantic.retry.*} and the
 * application's {@link ObservationRegistry}: the context's {@link EngineSettings}, then the builder calls they make.
 */
class EngineSettingsTests {

	private final ApplicationContextRunner runner = StarterContexts.runner();

	@Test
	void propertiesAndTheObservationRegistryReachTheSettings() {
		ObservationRegistry registry = ObservationRegistry.create();
		this.runner
			.withPropertyValues("ormdantic.statement-timeout=2s", "ormdantic.retry.max-attempts=5",
					"ormdantic.retry.backoff=100ms")
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				assertThat(context).hasSingleBean(Ormdantic.class);
				EngineSettings settings = context.getBean(EngineSettings.class);
				assertThat(settings.statementTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(settings.retryMaxAttempts()).isEqualTo(5);
				assertThat(settings.retryBackoff()).isEqualTo(Duration.ofMillis(100));
				assertThat(settings.observationRegistry()).isSameAs(registry);
			});
	}

	@Test
	void anOperationIsObservedInTheApplicationsRegistry() {
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		this.runner.withUserConfiguration(StarterContexts.ModelPackage.class)
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				context.getBean(OrmdanticTemplate.class).table(BootFlavor.class).count().block(StarterContexts.TIMEOUT);
				assertThat(stopped).filteredOn(observed -> "ormdantic.operation".equals(observed.getName()))
					.singleElement()
					.satisfies(observed -> {
						assertThat(observed.getLowCardinalityKeyValue("ormdantic.operation").getValue()).isEqualTo("count");
						assertThat(observed.getLowCardinalityKeyValue("ormdantic.model").getValue()).isEqualTo("BootFlavor");
						assertThat(observed.getLowCardinalityKeyValue("db.system").getValue()).isEqualTo("h2");
					});
			});
	}

	@Test
	void withoutPropertiesOrRegistryTheDefaultsApply() {
		this.runner.run((context) -> {
			EngineSettings settings = context.getBean(EngineSettings.class);
			assertThat(settings.statementTimeout()).isNull();
			assertThat(settings.retryMaxAttempts()).isEqualTo(3);
			assertThat(settings.retryBackoff()).isEqualTo(Duration.ofMillis(50));
			assertThat(settings.observationRegistry()).isNull();
		});
	}

	@Test
	void aRetryTheEngineRefusesFailsStartup() {
		this.runner.withPropertyValues("ormdantic.retry.max-attempts=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("maxAttempts must be at least 1"));
	}

	@Test
	void settingsAreEachPassedToTheBuilder() {
		ObservationRegistry registry = ObservationRegistry.create();
		JsonMapper jsonMapper = JsonMapper.builder().build();
		Clock clock = Clock.systemUTC();
		Ormdantic.Builder builder = mock(Ormdantic.Builder.class, RETURNS_SELF);
		new EngineSettings(Duration.ofSeconds(2), 5, Duration.ofMillis(100), registry, jsonMapper, clock,
				Duration.ofSeconds(4))
			.applyTo(builder);
		verify(builder).acquireTimeout(Duration.ofSeconds(4));
		verify(builder).statementTimeout(Duration.ofSeconds(2));
		verify(builder).retry(5, Duration.ofMillis(100));
		verify(builder).observationRegistry(registry);
		verify(builder).jsonMapper(jsonMapper);
		verify(builder).clock(clock);
	}

	@Test
	void unsetSettingsLeaveTheBuildersDefaults() {
		Ormdantic.Builder builder = mock(Ormdantic.Builder.class, RETURNS_SELF);
		new EngineSettings(null, 3, Duration.ofMillis(50), null, null, null).applyTo(builder);
		verify(builder).retry(3, Duration.ofMillis(50));
		verify(builder, never()).statementTimeout(any());
		verify(builder, never()).observationRegistry(any());
	}

}
