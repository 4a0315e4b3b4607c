package io.ormdantic.boot;

import io.ormdantic.Ormdantic;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@link ConnectionFactory} the application gets: {@code ormdantic.connection}, else an existing one (bean,
 * {@code spring.r2dbc.url}, connection details), else an embedded H2 database.
 */
class OrmdanticConnectionFactoryAutoConfigurationTests {

	private final ApplicationContextRunner runner = StarterContexts.runner();

	@Test
	void connectionPropertyProvidesThePooledFactoryThatTemplateAndTransactionsUse() {
		String url = TestDatabase.H2.url();
		this.runner.withPropertyValues("ormdantic.connection=" + url, "ormdantic.pool.max-size=3").run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class)
				.hasBean("ormdanticConnectionFactory")
				.doesNotHaveBean("embeddedConnectionFactory");
			ConnectionPool pool = context.getBean(ConnectionPool.class);
			assertThat(pool.getMetrics()).get().extracting(PoolMetrics::getMaxAllocatedSize).isEqualTo(3);
			assertThat(StarterContexts.h2DatabaseName(pool)).isEqualToIgnoringCase(databaseOf(url));
			assertThat(context.getBean(Ormdantic.class).connectionFactory()).isSameAs(pool);
			assertThat(context.getBean(R2dbcTransactionManager.class).getConnectionFactory()).isSameAs(pool);
		});
	}

	@Test
	void connectionPropertyWinsOverSpringR2dbcUrl() {
		String url = TestDatabase.H2.url();
		this.runner.withPropertyValues("ormdantic.connection=" + url, "spring.r2dbc.url=" + TestDatabase.H2.url())
			.run((context) -> {
				assertThat(context).hasSingleBean(ConnectionFactory.class).hasBean("ormdanticConnectionFactory");
				assertThat(StarterContexts.h2DatabaseName(context.getBean(ConnectionFactory.class)))
					.isEqualToIgnoringCase(databaseOf(url));
			});
	}

	@Test
	void springR2dbcUrlIsUsedWhenNoConnectionPropertyIsSet() {
		String url = TestDatabase.H2.url();
		this.runner.withPropertyValues("spring.r2dbc.url=" + url).run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class)
				.hasBean("connectionFactory")
				.doesNotHaveBean("ormdanticConnectionFactory")
				.doesNotHaveBean("embeddedConnectionFactory");
			ConnectionFactory connectionFactory = context.getBean(ConnectionFactory.class);
			assertThat(StarterContexts.h2DatabaseName(connectionFactory)).isEqualToIgnoringCase(databaseOf(url));
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
				.doesNotHaveBean("embeddedConnectionFactory");
			assertThat(StarterContexts.h2DatabaseName(context.getBean(ConnectionFactory.class)))
				.isEqualToIgnoringCase(databaseOf(url));
		});
	}

	@Test
	void withoutAnyConnectionAnEmbeddedH2DatabaseOfItsOwnIsUsed() {
		this.runner.run((first) -> this.runner.run((second) -> {
			assertThat(first).hasSingleBean(ConnectionFactory.class)
				.hasBean("embeddedConnectionFactory")
				.doesNotHaveBean("connectionFactory");
			assertThat(first.getBean(ConnectionFactory.class)).isInstanceOf(ConnectionPool.class);
			String firstName = StarterContexts.h2DatabaseName(first.getBean(ConnectionFactory.class));
			String secondName = StarterContexts.h2DatabaseName(second.getBean(ConnectionFactory.class));
			assertThat(firstName).startsWithIgnoringCase("ormdantic-");
			assertThat(secondName).startsWithIgnoringCase("ormdantic-").isNotEqualTo(firstName);
		}));
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
			assertThat(context).doesNotHaveBean("embeddedConnectionFactory")
				.doesNotHaveBean("ormdanticConnectionFactory");
			assertThat(context).hasSingleBean(ConnectionFactory.class).hasBean("connectionFactory");
		});
	}

	@Test
	void backsOffWithoutOrmdanticCore() {
		this.runner.withClassLoader(new FilteredClassLoader(Ormdantic.class))
			.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url())
			.run((context) -> assertThat(context).doesNotHaveBean("ormdanticConnectionFactory")
				.doesNotHaveBean("embeddedConnectionFactory")
				.doesNotHaveBean(OrmdanticProperties.class));
	}

	@Test
	void backsOffWithoutSpringR2dbc() {
		this.runner.withClassLoader(new FilteredClassLoader(DatabaseClient.class))
			.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url())
			.run((context) -> assertThat(context).doesNotHaveBean("ormdanticConnectionFactory")
				.doesNotHaveBean(OrmdanticProperties.class));
	}

	/** The database name in an H2 URL such as {@code r2dbc:h2:mem:///name;DB_CLOSE_DELAY=-1}. */
	private static String databaseOf(String url) {
		Object database = ConnectionFactoryOptions.parse(url).getRequiredValue(ConnectionFactoryOptions.DATABASE);
		return database.toString().split(";")[0];
	}

}
