package io.ormdantic.it;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import io.ormdantic.Ormdantic;
import io.ormdantic.testsupport.load.LoadItem;
import io.ormdantic.testsupport.load.TcpProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Network faults between the pool and a server that stays up, through a {@link TcpProxy} in the test: every connection
 * cut at once (a network device or a failover dropping them), and a server that stops answering new connections.
 */
abstract class ConnectionCutSuite extends FaultSuite {

	@Test
	@Timeout(180)
	void everyConnectionCutUnderLoadFailsFastAndTheLoadGoesOnWithoutLosingAWrite() {
		AtomicInteger cut = new AtomicInteger();
		throughProxy((engine, proxy) -> survives("connection cut", engine, () -> cut.set(proxy.cut())));
		assertThat(cut.get()).as("connections the proxy cut").isPositive();
	}

	@Test
	@Timeout(60)
	void anIdlePoolWhoseConnectionsWereAllCutAnswersTheNextOperations() {
		throughProxy((engine, proxy) -> anIdlePoolAnswersOnceTheDatabaseIsBack(engine, proxy::cut));
	}

	@Test
	@Timeout(60)
	void operationsFailWithinTheAcquireTimeoutWhileTheServerDoesNotAnswerAndAnswerOnceItDoes() {
		throughProxy((engine, proxy) -> {
			proxy.stall(true);
			Duration limit = ACQUIRE_TIMEOUT.plus(FAILURE_MARGIN);
			assertFailsWithin(limit, () -> engine.table(LoadItem.class).count().block(HANG_LIMIT));
			assertFailsWithin(limit, () -> engine.table(LoadItem.class).insert(new LoadItem(null, 1, "stalled")).block(HANG_LIMIT));
			proxy.stall(false);
			assertThat(answer(() -> engine.table(LoadItem.class).insert(new LoadItem(null, 2, "answered")).block(HANG_LIMIT)))
				.as("a write once the server answers again").isEqualTo("answered");
		});
	}

	/** Runs a scenario on an engine whose connections go through a proxy to this suite's server. */
	private void throughProxy(BiConsumer<Ormdantic, TcpProxy> scenario) {
		try (TcpProxy proxy = TcpProxy.to(this.url); Ormdantic engine = engine(proxy.url(this.url))) {
			scenario.accept(engine, proxy);
		}
	}

	/** The operation fails as one that got no connection does, within {@code limit}. */
	private static void assertFailsWithin(Duration limit, Runnable operation) {
		long start = System.nanoTime();
		assertThatThrownBy(operation::run).isInstanceOf(DataAccessResourceFailureException.class);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).as("time to fail, with an acquire timeout of %s", ACQUIRE_TIMEOUT).isLessThanOrEqualTo(limit);
	}
}
