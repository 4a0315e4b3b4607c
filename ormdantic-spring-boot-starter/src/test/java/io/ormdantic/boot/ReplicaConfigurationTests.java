package io.ormdantic.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.Query;
import io.ormdantic.SchemaMode;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.models.BootCoffee;
import io.ormdantic.boot.models.BootFlavor;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.r2dbc.OptionsCapableConnectionFactory;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ormdantic.replicas}: each replica pooled as Boot pools the primary, handed to the engine, and disposed with the
 * context. The replicas are H2 databases of their own (nothing replicates into them), each holding one row that names
 * it, so that a read shows which database served it.
 */
class ReplicaConfigurationTests {

	private final ApplicationContextRunner runner = StarterContexts.runner()
		.withPropertyValues("ormdantic.packages=io.ormdantic.boot.models", "ormdantic.schema=drop-create");

	@Test
	void readsGoToTheReplicasInTurnAndWritesToThePrimary() {
		String first = replica("on the first replica");
		String second = replica("on the second replica");
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(), "ormdantic.replicas=" + first + "," + second)
			.run((context) -> {
				TableOperations<BootFlavor> flavors = context.getBean(OrmdanticTemplate.class).table(BootFlavor.class);
				BootFlavor written = flavors.insert(new BootFlavor(null, "on the primary")).block(StarterContexts.TIMEOUT);
				List<String> read = List.of(name(flavors), name(flavors), name(flavors));
				assertThat(read).containsOnly("on the first replica", "on the second replica")
					.contains("on the first replica", "on the second replica");
				assertThat(flavors.findMany(Query.all().onPrimary()).block(StarterContexts.TIMEOUT).data())
					.containsExactly(written);
				assertThat(flavors.findOne(written.id()).block(StarterContexts.TIMEOUT)).as("not on a replica").isNull();
			});
	}

	@Test
	void eachReplicaIsPooledAsThePrimaryAndDisposedWithTheContext() {
		List<String> replicas = List.of(replica("first"), replica("second"));
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(),
				"ormdantic.replicas=" + String.join(",", replicas), "spring.r2dbc.pool.max-size=3").run((context) -> {
					List<ConnectionFactory> factories = context.getBean(ReplicaConnectionFactories.class).factories();
					assertThat(factories).hasSize(2).allSatisfy((factory) -> assertThat(factory)
						.isInstanceOfSatisfying(ConnectionPool.class, (pool) -> assertThat(pool.getMetrics()).get()
							.extracting(PoolMetrics::getMaxAllocatedSize)
							.isEqualTo(3)));
					for (int i = 0; i < replicas.size(); i++) {
						assertThat(StarterContexts.h2DatabaseName(factories.get(i)))
							.isEqualToIgnoringCase(StarterContexts.h2DatabaseOf(replicas.get(i)));
					}
					((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
					assertThat(factories).allSatisfy((factory) -> assertThat(((ConnectionPool) factory).isDisposed()).isTrue());
				});
	}

	@Test
	void optionCustomizersAndDecoratorsApplyToTheReplicas() {
		String replica = replica("replica");
		List<Object> decorated = new CopyOnWriteArrayList<>();
		ConnectionFactoryDecorator recording = (factory) -> {
			decorated.add(((OptionsCapableConnectionFactory) factory).getOptions().getValue(ConnectionFactoryOptions.DATABASE));
			return factory;
		};
		Option<String> customized = Option.valueOf("customizedByTheApplication");
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(), "ormdantic.replicas=" + replica)
			.withBean(ConnectionFactoryDecorator.class, () -> recording)
			.withBean(ConnectionFactoryOptionsBuilderCustomizer.class,
					() -> (options) -> options.option(customized, "yes"))
			.run((context) -> {
				ConnectionFactory factory = context.getBean(ReplicaConnectionFactories.class).factories().get(0);
				OptionsCapableConnectionFactory options = OptionsCapableConnectionFactory.unwrapFrom(factory);
				assertThat(options.getOptions().getValue(customized)).isEqualTo("yes");
				assertThat(decorated).contains(ConnectionFactoryOptions.parse(replica).getValue(ConnectionFactoryOptions.DATABASE));
			});
	}

	@Test
	void withThePoolDisabledReplicasAreNotPooledEither() {
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url(), "ormdantic.replicas=" + replica("x"),
				"spring.r2dbc.pool.enabled=false")
			.run((context) -> {
				assertThat(context.getBean(ConnectionFactory.class)).isNotInstanceOf(ConnectionPool.class);
				assertThat(context.getBean(ReplicaConnectionFactories.class).factories()).singleElement()
					.isNotInstanceOf(ConnectionPool.class);
			});
	}

	@Test
	void withoutReplicasEveryReadGoesToThePrimary() {
		this.runner.withPropertyValues("ormdantic.connection=" + TestDatabase.H2.url()).run((context) -> {
			assertThat(context.getBean(ReplicaConnectionFactories.class).factories()).isEmpty();
			TableOperations<BootFlavor> flavors = context.getBean(Ormdantic.class).table(BootFlavor.class);
			BootFlavor written = flavors.insert(new BootFlavor(null, "on the primary")).block(StarterContexts.TIMEOUT);
			assertThat(flavors.findOne(written.id()).block(StarterContexts.TIMEOUT)).isEqualTo(written);
		});
	}

	@Test
	void aMalformedReplicaFailsStartupNamingIt() {
		this.runner.withPropertyValues("ormdantic.replicas=" + TestDatabase.H2.url() + ",postgres://localhost/db")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new DatabaseConnectionFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("postgres://localhost/db", "ormdantic.replicas[1]");
			});
	}

	/** The engines that filled the replicas, closed after the test (closed at once, a pool may still be releasing). */
	private final List<Ormdantic> fillers = new ArrayList<>();

	@AfterEach
	void closeFillers() {
		this.fillers.forEach(Ormdantic::close);
	}

	/** A new H2 database with the models' tables and one flavor named {@code name}; its URL. */
	private String replica(String name) {
		String url = TestDatabase.H2.url();
		Ormdantic filler = Ormdantic.builder(url).models(BootFlavor.class, BootCoffee.class).schema(SchemaMode.CREATE).build();
		this.fillers.add(filler);
		filler.table(BootFlavor.class).insert(new BootFlavor(UUID.randomUUID(), name)).block(StarterContexts.TIMEOUT);
		return url;
	}

	/** The name of the one flavor a read (from a replica) finds. */
	private static String name(TableOperations<BootFlavor> flavors) {
		return flavors.findMany(Query.all()).block(StarterContexts.TIMEOUT).data().get(0).name();
	}

}
