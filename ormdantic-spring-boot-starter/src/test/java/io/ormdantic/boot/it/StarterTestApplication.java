package io.ormdantic.boot.it;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.ormdantic.TableOperations;
import reactor.core.publisher.Mono;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application as a user writes one: a model in its package, a {@link CommandLineRunner} that writes before
 * the application is ready, and a {@code @Transactional} service.
 */
@SpringBootApplication
public class StarterTestApplication {

	/** Written by the runner, so that tests can look for it. */
	static final String RUNNER_FLAVOR = "written by the runner";

	/** The row the runner stored. */
	final AtomicReference<ItFlavor> runnerRow = new AtomicReference<>();

	/** Whether ApplicationReadyEvent was published, when drop-create would drop the tables a second time. */
	final AtomicBoolean ready = new AtomicBoolean();

	/** Writes before ApplicationReadyEvent; blocking, as runners often do, with a bound so a deadlock fails. */
	@Bean
	CommandLineRunner writeOnStartup(TableOperations<ItFlavor> flavors) {
		return (args) -> this.runnerRow
			.set(flavors.insert(new ItFlavor(null, RUNNER_FLAVOR)).block(Duration.ofSeconds(60)));
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		this.ready.set(true);
	}

	/** A service whose transaction fails after its insert. */
	@Service
	static class FlavorService {

		private final TableOperations<ItFlavor> flavors;

		FlavorService(TableOperations<ItFlavor> flavors) {
			this.flavors = flavors;
		}

		@Transactional
		public Mono<ItFlavor> insertThenFail(ItFlavor flavor) {
			return this.flavors.insert(flavor).then(Mono.error(new IllegalStateException("out of milk")));
		}

	}

}
