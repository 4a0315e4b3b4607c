package io.ormdantic.boot;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.internal.connect.FailoverConnectionFactory;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.r2dbc.OptionsCapableConnectionFactory;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@link ConnectionFactory} the application gets, always built by Boot unless the application has its own:
 * from other connection details (a {@code @ServiceConnection}, Docker Compose, a bean), else from
 * {@code ormdantic.connection}, else from {@code spring.r2dbc.url}, else Boot's embedded H2 database.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrmdanticConnectionFactoryAutoConfigurationTests {

	private final ApplicationContextRunner runner = StarterContexts.runner();

	@Test
	void connectionPropertyProvidesThePooledFactoryThatTemplateAndTransactionsUse() {
		String url = TestDatabase.H2.url();
		this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.pool.max-size=3").run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class)
				.hasSingleBean(R2dbcConnectionDetails.class)
				.hasBean("ormdanticConnectionDetails")
				.hasBean("connectionFactory");
			ConnectionPool pool = context.getBean(ConnectionPool.class);
			assertThat(pool.getMetrics()).get().extracting(PoolMetrics::getMaxAllocatedSize).isEqualTo(3);
			assertThat(StarterContexts.h2DatabaseName(pool)).isEqualToIgnoringCase(StarterContexts.h2DatabaseOf(url));
			assertThat(context.getBean(Ormdantic.class).connectionFactory()).isSameAs(pool);
			assertThat(context.getBean(R2dbcTransactionManager.class).getConnectionFactory()).isSameAs(pool);
		});
	}

	@Test
	void connectionPropertyWinsOverSpringR2dbcUrl() {
		String url = TestDatabase.H2.url();
		this.runner.withPropertyValues("ormdantic.connection=" + url, "spring.r2dbc.url=" + TestDatabase.H2.url())
			.run((context) -> {
				assertThat(context).hasSingleBean(ConnectionFactory.class)
					.hasSingleBean(R2dbcConnectionDetails.class)
					.hasBean("ormdanticConnectionDetails");
				assertThat(StarterContexts.h2DatabaseName(context.getBean(ConnectionFactory.class)))
					.isEqualToIgnoringCase(StarterContexts.h2DatabaseOf(url));
			});
	}

	@Test
	void springR2dbcUrlIsUsedWhenNoConnectionPropertyIsSet() {
		String url = TestDatabase.H2.url();
		this.runner.withPropertyValues("spring.r2dbc.url=" + url).run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class)
				.hasBean("connectionFactory")
				.doesNotHaveBean("ormdanticConnectionDetails");
			ConnectionFactory connectionFactory = context.getBean(ConnectionFactory.class);
			assertThat(StarterContexts.h2DatabaseName(connectionFactory)).isEqualToIgnoringCase(StarterContexts.h2DatabaseOf(url));
			assertThat(context.getBean(Ormdantic.class).connectionFactory()).isSameAs(connectionFactory);
		});
	}

	@Test
	void applicationConnectionFactoryBeanIsUsed() {
		ConnectionFactory own = ConnectionFactories.get(TestDatabase.H2.url());
		this.runner.withBean("ownConnectionFactory", ConnectionFactory.class, () -> own).run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class).hasBean("ownConnectionFactory");
			assertThat(context.getBean(Ormdantic.class).connectionFactory()).isSameAs(own);
		});
	}

	@Test
	void connectionDetailsAreLeftToBoot() {
		String url = TestDatabase.H2.url();
		R2dbcConnectionDetails details = () -> ConnectionFactoryOptions.parse(url);
		this.runner.withBean(R2dbcConnectionDetails.class, () -> details).run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class)
				.hasBean("connectionFactory")
				.doesNotHaveBean("ormdanticConnectionDetails");
			assertThat(StarterContexts.h2DatabaseName(context.getBean(ConnectionFactory.class)))
				.isEqualToIgnoringCase(StarterContexts.h2DatabaseOf(url));
		});
	}

	@Test
	void withoutAnyConnectionAnEmbeddedH2DatabaseOfItsOwnIsUsed() {
		this.runner.run((first) -> this.runner.run((second) -> {
			assertThat(first).hasSingleBean(ConnectionFactory.class)
				.hasBean("connectionFactory")
				.doesNotHaveBean(R2dbcConnectionDetails.class);
			assertThat(first.getBean(ConnectionFactory.class)).isInstanceOf(ConnectionPool.class);
			assertThat(first.getBean(ConnectionFactory.class).getMetadata().getName()).isEqualTo("H2");
			String firstName = StarterContexts.h2DatabaseName(first.getBean(ConnectionFactory.class));
			String secondName = StarterContexts.h2DatabaseName(second.getBean(ConnectionFactory.class));
			assertThat(secondName).isNotEqualTo(firstName);
		}));
	}

	@Test
	void springPoolMaxSizeAppliesToThePoolBuiltForTheConnectionProperty() {
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(), "spring.r2dbc.pool.max-size=4")
			.run((context) -> assertThat(context.getBean(ConnectionPool.class).getMetrics()).get()
				.extracting(PoolMetrics::getMaxAllocatedSize)
				.isEqualTo(4));
	}

	@Test
	void springPoolSettingWinsOverItsDeprecatedOrmdanticPoolSetting(CapturedOutput output) {
		this.runner
			.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(), "ormdantic.pool.max-size=3",
					"spring.r2dbc.pool.max-size=5", "ormdantic.pool.max-idle-time=7m")
			.run((context) -> {
				assertThat(context.getBean(ConnectionPool.class).getMetrics()).get()
					.extracting(PoolMetrics::getMaxAllocatedSize)
					.isEqualTo(5);
				assertThat(context.getBean(R2dbcProperties.class).getPool().getMaxIdleTime())
					.isEqualTo(Duration.ofMinutes(7));
			});
		assertThat(output).contains("ormdantic.pool.max-size is deprecated and ignored: spring.r2dbc.pool.max-size is set",
				"ormdantic.pool.max-idle-time is deprecated: Spring Boot builds the connection pool; set "
						+ "spring.r2dbc.pool.max-idle-time instead");
	}

	@Test
	void boundsThatBootLeavesOpenGetOrmdanticsFailFastDefaults() {
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(), "spring.r2dbc.pool.max-size=2",
				"spring.r2dbc.pool.max-acquire-time=3s").run((context) -> {
					R2dbcProperties.Pool pool = context.getBean(R2dbcProperties.class).getPool();
					assertThat(pool.getMaxAcquireTime()).isEqualTo(Duration.ofSeconds(3));
					assertThat(pool.getMaxCreateConnectionTime()).isEqualTo(Connections.DEFAULT_ACQUIRE_TIMEOUT);
					assertThat(pool.getMaxValidationTime()).isEqualTo(Duration.ofSeconds(5));
					assertThat(pool.getMaxLifeTime()).isEqualTo(Duration.ofMinutes(30));
					// Boot's initial size of 10 would exceed the maximum, which r2dbc-pool refuses.
					assertThat(pool.getInitialSize()).isEqualTo(2);
					// Every idle connection may be dead after an outage: an acquisition may skip them all.
					assertThat(pool.getAcquireRetry()).isEqualTo(2);
					// The engine caps the whole wait for a connection at max-acquire-time.
					assertThat(context.getBean(EngineSettings.class).acquireTimeout()).isEqualTo(Duration.ofSeconds(3));
				});
	}

	@Test
	void connectionDetailsBeanWinsOverTheConnectionPropertyAndSaysSoOnce(CapturedOutput output) {
		String url = TestDatabase.H2.url();
		R2dbcConnectionDetails details = () -> ConnectionFactoryOptions.parse(url);
		this.runner.withPropertyValues("ormdantic.connection=r2dbc:postgresql://postgres@db.example:5432/shop")
			.withBean("containerConnectionDetails", R2dbcConnectionDetails.class, () -> details)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(R2dbcConnectionDetails.class)
					.doesNotHaveBean("ormdanticConnectionDetails");
				ConnectionFactory connectionFactory = context.getBean(ConnectionFactory.class);
				assertThat(StarterContexts.h2DatabaseName(connectionFactory)).isEqualToIgnoringCase(StarterContexts.h2DatabaseOf(url));
				assertThat(context.getBean(Ormdantic.class).connectionFactory()).isSameAs(connectionFactory);
			});
		String line = "Ormdantic connects through the R2dbcConnectionDetails bean 'containerConnectionDetails' (/"
				+ StarterContexts.h2DatabaseOf(url);
		assertThat(output).containsOnlyOnce(line)
			.contains("not ormdantic.connection (postgres@db.example:5432/shop): connection details from a "
					+ "@ServiceConnection, Docker Compose or an R2dbcConnectionDetails bean take precedence");
	}

	@Test
	void optionsCustomizersApplyToTheConnectionProperty() {
		String url = TestDatabase.H2.url();
		String customized = StarterContexts.h2DatabaseOf(TestDatabase.H2.url());
		this.runner.withPropertyValues("ormdantic.connection=" + url)
			.withBean(ConnectionFactoryOptionsBuilderCustomizer.class, () -> (options) -> options
				.option(ConnectionFactoryOptions.DATABASE, customized + ";DB_CLOSE_DELAY=-1"))
			.run((context) -> assertThat(StarterContexts.h2DatabaseName(context.getBean(ConnectionFactory.class)))
				.isEqualToIgnoringCase(customized));
	}

	@Test
	void decoratorsApplyToTheConnectionProperty() {
		AtomicInteger created = new AtomicInteger();
		ConnectionFactoryDecorator counting = (delegate) -> new ConnectionFactory() {

			@Override
			public Publisher<? extends Connection> create() {
				created.incrementAndGet();
				return delegate.create();
			}

			@Override
			public ConnectionFactoryMetadata getMetadata() {
				return delegate.getMetadata();
			}

		};
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url())
			.withBean(ConnectionFactoryDecorator.class, () -> counting)
			.run((context) -> {
				StarterContexts.h2DatabaseName(context.getBean(ConnectionFactory.class));
				assertThat(created).hasPositiveValue();
			});
	}

	@Test
	void aConnectionListingSeveralHostsFailsOverBetweenThemUnderBootsPool() {
		// Ports 1 and 2 on the loopback refuse at once: each connection attempt names both hosts.
		String url = "r2dbc:mysql://root@127.0.0.1:1,127.0.0.1:2/test";
		// Indexed: a comma-separated list would split the URL's own host list.
		this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.replicas[0]=" + url).run((context) -> {
			ConnectionPool pool = context.getBean(ConnectionPool.class);
			OptionsCapableConnectionFactory built = OptionsCapableConnectionFactory.unwrapFrom(pool);
			assertThat(built.unwrap()).isInstanceOf(FailoverConnectionFactory.class);
			ConnectionFactory replica = context.getBean(ReplicaConnectionFactories.class).factories().get(0);
			assertThat(OptionsCapableConnectionFactory.unwrapFrom(replica).unwrap()).isInstanceOf(FailoverConnectionFactory.class);
			StepVerifier.create(pool.create())
				.expectErrorSatisfies((error) -> assertThat(error).hasStackTraceContaining("127.0.0.1:1 (")
					.hasStackTraceContaining("127.0.0.1:2 ("))
				.verify(StarterContexts.TIMEOUT);
		});
	}

	@Test
	void aHostListThatCannotBeOpenedFailsStartupWithAnAnalysis() {
		this.runner.withPropertyValues("ormdantic.connection=r2dbc:pool:mysql://root@127.0.0.1:1,127.0.0.1:2/test")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new DatabaseConnectionFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("cannot be pooled by r2dbc:pool:", "ormdantic.connection");
			});
	}

	@Test
	void malformedConnectionFailsStartupWithAnAnalysis() {
		this.runner.withPropertyValues("ormdantic.connection=postgres://localhost/db").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new DatabaseConnectionFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("could not open", "postgres://localhost/db",
					"ormdantic.connection");
		});
	}

	@Test
	void missingDriverFailsStartupWithAnAnalysis() {
		this.runner.withPropertyValues("ormdantic.connection=r2dbc:nosuchdriver://localhost/db").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nosuchdriver");
			FailureAnalysis analysis = new DatabaseConnectionFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("could not open", "nosuchdriver", "ormdantic.connection");
			assertThat(analysis.getAction()).contains("driver", "ormdantic.connection");
		});
	}

	@Test
	void backsOffWithoutTheConnectionPool() {
		this.runner.withClassLoader(new FilteredClassLoader(ConnectionPool.class)).run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class).hasBean("connectionFactory");
			assertThat(context.getBean(ConnectionFactory.class)).isNotInstanceOf(ConnectionPool.class);
		});
	}

	@Test
	void backsOffWithoutOrmdanticCore() {
		this.runner.withClassLoader(new FilteredClassLoader(Ormdantic.class))
			.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url())
			.run((context) -> assertThat(context).doesNotHaveBean("ormdanticConnectionDetails")
				.doesNotHaveBean(OrmdanticProperties.class));
	}

	@Test
	void backsOffWithoutSpringR2dbc() {
		this.runner.withClassLoader(new FilteredClassLoader(DatabaseClient.class))
			.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url())
			.run((context) -> assertThat(context).doesNotHaveBean("ormdanticConnectionDetails")
				.doesNotHaveBean(OrmdanticProperties.class));
	}

}
