package io.ormdantic.boot;

import java.net.ConnectException;
import java.net.UnknownHostException;

import io.ormdantic.Ormdantic;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Brings the schema of the registered models up per {@link SchemaMode}, exactly once per application context:
 * on {@link ApplicationReadyEvent}, or earlier when a table operation runs first (in a {@code CommandLineRunner},
 * say), since every operation awaits {@link #schema()}.
 */
public class OrmdanticSchemaInitializer implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(OrmdanticSchemaInitializer.class);

	private final Ormdantic ormdantic;

	private final SchemaMode mode;

	private final String connectionSource;

	private final Mono<Void> schema;

	/**
	 * Creates the initializer and makes every table operation of {@code ormdantic} await the schema.
	 *
	 * @param connectionSource what named the database (such as {@code ormdantic.connection}), for error messages
	 */
	public OrmdanticSchemaInitializer(Ormdantic ormdantic, SchemaMode mode, String connectionSource) {
		this.ormdantic = ormdantic;
		this.mode = mode;
		this.connectionSource = connectionSource;
		// cache(): whoever subscribes first (an early operation or the ready event) runs the schema step, later
		// subscribers get its outcome, so drop-create never drops rows a CommandLineRunner already wrote.
		// Context.empty(): the step must not join the transaction of the operation that triggered it, else a
		// rollback would undo the DDL (PostgreSQL) while the cache already reports the schema as ready.
		this.schema = Mono.defer(this::bringUp)
			.onErrorMap(this::isConnectionFailure,
					(ex) -> DatabaseConnectionException.unreachable(this.connectionSource, ex))
			.contextWrite((context) -> Context.empty())
			.cache();
		ormdantic.operationsAwait(this.schema);
	}

	/** The one-time schema step: completes when the schema is up, fails as it failed. */
	public Mono<Void> schema() {
		return this.schema;
	}

	/** The schema mode this initializer applies. */
	public SchemaMode getMode() {
		return this.mode;
	}

	/** Blocks until the schema is up, so that a failure (such as a validation error) fails startup. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.schema.block();
	}

	private Mono<Void> bringUp() {
		Mono<Void> step = switch (this.mode) {
			case CREATE -> this.ormdantic.init();
			case DROP_CREATE -> this.ormdantic.dropAll().then(this.ormdantic.init());
			case VALIDATE -> this.ormdantic.missingSchema()
				.flatMap((missing) -> missing.isEmpty() ? Mono.empty()
						: Mono.error(new SchemaValidationException(missing)));
			case NONE -> Mono.empty();
		};
		return step.doOnSuccess((done) -> {
			logger.info("Ormdantic schema " + this.mode + " done for " + this.ormdantic.models().size()
					+ " model(s) on " + this.ormdantic.dialectName());
			// The schema is up for good: later operations need not replay the cached step.
			this.ormdantic.operationsAwait(Mono.empty());
		});
	}

	private boolean isConnectionFailure(Throwable ex) {
		Throwable current = ex;
		while (current != null) {
			if (current instanceof DataAccessResourceFailureException
					|| current instanceof R2dbcNonTransientResourceException || current instanceof ConnectException
					|| current instanceof UnknownHostException) {
				return true;
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return false;
	}

}
