package io.ormdantic.internal.connect;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.ormdantic.Connections;
import io.ormdantic.OrmdanticException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The failover factory without a server: each host's driver factory is a stand-in that answers, fails or stays
 * silent as a test sets it up.
 */
class FailoverConnectionFactoryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String THREE_HOSTS = "r2dbc:mysql://root:secret@127.0.0.1:3311,127.0.0.1:3312,db3/test";

	/** What each host's stand-in does on create, by host and port ("127.0.0.1:3311", "db3"). */
	private final Map<String, Supplier<Mono<Connection>>> behaviour = new LinkedHashMap<>();

	/** The hosts asked for a connection, in order. */
	private final List<String> asked = new ArrayList<>();

	/** The options each host's factory was made from, in order. */
	private final List<ConnectionFactoryOptions> made = new ArrayList<>();

	@Test
	void aUrlListsSeveralHostsWhenItsHostHasCommas() {
		assertThat(FailoverConnectionFactory.listsSeveralHosts(ConnectionFactoryOptions.parse(THREE_HOSTS))).isTrue();
		assertThat(FailoverConnectionFactory
			.listsSeveralHosts(ConnectionFactoryOptions.parse("r2dbc:mysql://root@127.0.0.1:3306/test"))).isFalse();
		assertThat(FailoverConnectionFactory.listsSeveralHosts(ConnectionFactoryOptions.parse("r2dbc:h2:mem:///db")))
			.isFalse();
	}

	@Test
	void eachHostGetsTheUrlsOptionsWithItsOwnHostPortAndConnectTimeout() {
		FailoverConnectionFactory factory = failover(THREE_HOSTS);

		assertThat(factory.addresses()).containsExactly("127.0.0.1:3311", "127.0.0.1:3312", "db3");
		assertThat(this.made).extracting((options) -> options.getValue(ConnectionFactoryOptions.HOST))
			.containsExactly("127.0.0.1", "127.0.0.1", "db3");
		assertThat(this.made).extracting((options) -> options.getValue(ConnectionFactoryOptions.PORT))
			.containsExactly(3311, 3312, null);
		assertThat(this.made).allSatisfy((options) -> {
			assertThat(options.getValue(ConnectionFactoryOptions.USER)).isEqualTo("root");
			assertThat(options.getValue(ConnectionFactoryOptions.PASSWORD)).hasToString("secret");
			assertThat(options.getValue(ConnectionFactoryOptions.DATABASE)).isEqualTo("test");
			assertThat(options.getValue(ConnectionFactoryOptions.CONNECT_TIMEOUT))
				.isEqualTo(FailoverConnectionFactory.DEFAULT_CONNECT_TIMEOUT);
		});
	}

	@Test
	void aFailingHostIsPassedAndTheNextConnectionStartsWhereTheLastOneCameFrom() {
		Connection second = mock(Connection.class);
		fails("127.0.0.1:3311");
		answers("127.0.0.1:3312", second);
		answers("db3", mock(Connection.class));
		FailoverConnectionFactory factory = failover(THREE_HOSTS);

		StepVerifier.create(factory.create()).expectNext(second).expectComplete().verify(TIMEOUT);
		StepVerifier.create(factory.create()).expectNext(second).expectComplete().verify(TIMEOUT);

		assertThat(this.asked).containsExactly("127.0.0.1:3311", "127.0.0.1:3312", "127.0.0.1:3312");
	}

	@Test
	void afterTheLastHostFailsTheFirstIsAskedAgain() {
		Connection first = mock(Connection.class);
		fails("127.0.0.1:3311");
		fails("127.0.0.1:3312");
		answers("db3", mock(Connection.class));
		FailoverConnectionFactory factory = failover(THREE_HOSTS);
		StepVerifier.create(factory.create()).expectNextCount(1).expectComplete().verify(TIMEOUT);
		fails("db3");
		answers("127.0.0.1:3311", first);
		this.asked.clear();

		StepVerifier.create(factory.create()).expectNext(first).expectComplete().verify(TIMEOUT);

		assertThat(this.asked).containsExactly("db3", "127.0.0.1:3311");
	}

	@Test
	void aSilentHostIsGivenUpAfterTheConnectTimeout() {
		Connection second = mock(Connection.class);
		this.behaviour.put("127.0.0.1:3311", Mono::never);
		answers("127.0.0.1:3312", second);
		FailoverConnectionFactory factory = failover(THREE_HOSTS + "?connectTimeout=PT0.2S");

		StepVerifier.create(factory.create()).expectNext(second).expectComplete().verify(TIMEOUT);
		assertThat(this.made).allSatisfy((options) -> assertThat(options.getValue(ConnectionFactoryOptions.CONNECT_TIMEOUT))
			.isEqualTo(Duration.ofMillis(200)));
	}

	@Test
	void whenNoHostGivesAConnectionTheErrorNamesEachHostAndItsReason() {
		fails("127.0.0.1:3311");
		this.behaviour.put("127.0.0.1:3312", Mono::never);
		this.behaviour.put("db3", Mono::empty);
		FailoverConnectionFactory factory = failover(THREE_HOSTS + "?connectTimeout=PT0.2S");

		StepVerifier.create(factory.create())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
					.hasMessageStartingWith("None of the 3 hosts gave a connection:")
					.hasMessageContaining("127.0.0.1:3311 (java.io.IOException: refused by 127.0.0.1:3311)")
					.hasMessageContaining("127.0.0.1:3312 (java.util.concurrent.TimeoutException: no connection within 200 ms)")
					.hasMessageContaining("db3 (java.lang.IllegalStateException: the driver completed without a connection)")
					.hasMessageNotContaining("secret");
				assertThat(error.getCause()).hasMessageStartingWith("127.0.0.1:3311");
				assertThat(error.getSuppressed()).hasSize(2);
			})
			.verify(TIMEOUT);
	}

	@Test
	void metadataComesFromTheFirstHost() {
		FailoverConnectionFactory factory = failover(THREE_HOSTS);

		assertThat(factory.getMetadata().getName()).isEqualTo("stand-in for 127.0.0.1");
	}

	@Test
	void malformedHostListsAreRejected() {
		assertThatThrownBy(() -> failover("r2dbc:mysql://root@a:1,,b:2/test")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("empty entry");
		assertThatThrownBy(() -> failover("r2dbc:mysql://root@a:1,b:x/test")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("the port of host 'b:x' is no number");
		assertThatThrownBy(() -> failover("r2dbc:mysql://root@a:1,b:2/test?connectTimeout=5s"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no ISO-8601 duration");
		assertThatThrownBy(() -> failover("r2dbc:pool:mysql://root@a:1,b:2/test")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("cannot be pooled by r2dbc:pool:");
	}

	@Test
	void connectionsOpensAFailoverFactoryForSeveralHostsThatSaysWhyNoneAnswered() {
		// Ports 1 and 2 on the loopback refuse at once: nothing listens on them.
		ConnectionFactory factory = Connections.unpooled("r2dbc:mysql://root:secret@127.0.0.1:1,127.0.0.1:2/test");

		assertThat(factory).isInstanceOf(FailoverConnectionFactory.class);
		assertThat(factory.getMetadata().getName()).isEqualTo("MySQL");
		StepVerifier.create(factory.create())
			.expectErrorSatisfies((error) -> assertThat(error).hasMessageContaining("127.0.0.1:1 (")
				.hasMessageContaining("127.0.0.1:2 (")
				.hasMessageNotContaining("secret"))
			.verify(TIMEOUT);
	}

	@Test
	void connectionsOpensAFailoverFactoryForOptionsListingSeveralHosts() {
		ConnectionFactoryOptions several = ConnectionFactoryOptions.parse("r2dbc:mysql://root@127.0.0.1:1,127.0.0.1:2/test");
		ConnectionFactoryOptions one = ConnectionFactoryOptions.parse("r2dbc:mysql://root@127.0.0.1:1/test");

		assertThat(Connections.listsSeveralHosts(several)).isTrue();
		assertThat(Connections.listsSeveralHosts(one)).isFalse();
		assertThat(Connections.unpooled(several)).isInstanceOf(FailoverConnectionFactory.class);
		assertThat(Connections.unpooled(one)).isNotInstanceOf(FailoverConnectionFactory.class);
		assertThatThrownBy(() -> Connections.unpooled(ConnectionFactoryOptions.parse("r2dbc:mysql://root@a:1,,b:2/test")))
			.isInstanceOf(OrmdanticException.class)
			.hasMessageContaining("Malformed R2DBC options of mysql on a:1,,b:2")
			.hasMessageContaining("empty entry");
	}

	@Test
	void connectionsRejectsAMalformedHostListWithItsReason() {
		assertThatThrownBy(() -> Connections.unpooled("r2dbc:pool:mysql://root:secret@a:1,b:2/test"))
			.isInstanceOf(OrmdanticException.class)
			.hasMessageContaining("Malformed R2DBC URL 'r2dbc:pool:mysql://root:****@a:1,b:2/test'")
			.hasMessageContaining("cannot be pooled");
	}

	private FailoverConnectionFactory failover(String url) {
		return FailoverConnectionFactory.of(ConnectionFactoryOptions.parse(url), this::standIn);
	}

	private void answers(String address, Connection connection) {
		this.behaviour.put(address, () -> Mono.just(connection));
	}

	private void fails(String address) {
		this.behaviour.put(address, () -> Mono.error(new IOException("refused by " + address)));
	}

	/** A driver factory for one host that does what {@link #behaviour} says for it when asked. */
	private ConnectionFactory standIn(ConnectionFactoryOptions options) {
		this.made.add(options);
		Object port = options.getValue(ConnectionFactoryOptions.PORT);
		String host = String.valueOf(options.getValue(ConnectionFactoryOptions.HOST));
		String address = port == null ? host : host + ":" + port;
		return new ConnectionFactory() {

			@Override
			public Publisher<? extends Connection> create() {
				return Mono.defer(() -> {
					FailoverConnectionFactoryTests.this.asked.add(address);
					return FailoverConnectionFactoryTests.this.behaviour
						.getOrDefault(address, () -> Mono.error(new IllegalStateException("no behaviour for " + address)))
						.get();
				});
			}

			@Override
			public ConnectionFactoryMetadata getMetadata() {
				return () -> "stand-in for " + host;
			}
		};
	}
}
