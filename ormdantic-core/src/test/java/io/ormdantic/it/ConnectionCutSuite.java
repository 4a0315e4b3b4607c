package io.ormdantic.it;

import java.util.concurrent.atomic.AtomicInteger;

import io.ormdantic.Ormdantic;
import io.ormdantic.testsupport.load.TcpProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection of the pool cut at once in the middle of a load, the server staying up: a {@link TcpProxy}
 * between the pool and the server resets them all, as a network device or a failover would.
 */
abstract class ConnectionCutSuite extends FaultSuite {

	@Test
	@Timeout(180)
	void everyConnectionCutUnderLoadFailsFastAndTheLoadGoesOnWithoutLosingAWrite() throws InterruptedException {
		assumeServer("connection to cut");
		AtomicInteger cut = new AtomicInteger();
		try (TcpProxy proxy = TcpProxy.to(this.url); Ormdantic engine = engine(proxy.url(this.url))) {
			survives("connection cut", engine, () -> cut.set(proxy.cut()));
		}
		assertThat(cut.get()).as("connections the proxy cut").isPositive();
	}
}
