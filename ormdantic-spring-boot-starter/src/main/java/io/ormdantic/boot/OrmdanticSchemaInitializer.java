package io.ormdantic.boot;

import java.net.ConnectException;
import java.net.UnknownHostException;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaMode;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Runs the engine's one-time schema step ({@link Ormdantic#schemaReady()}, per {@link SchemaMode}) on
 * {@link ApplicationReadyEvent}, unless a table operation ran it earlier (in a {@code CommandLineRunner}, say): the
 * engine owns the step, so it runs exactly once per application context. A failure fails startup.
 */
public class OrmdanticSchemaInitializer implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(OrmdanticSchemaInitializer.class);

	private final Ormdantic ormdantic;

	private final SchemaMode mode;

	private final String connectionSource;

	private final Mono<Void> schema;

	/**
	 * Creates the initializer of an engine built with {@code mode}.
	 *
	 * @param connectionSource what named the database (such as {@code ormdantic.connection}), for error messages
	 */
	public OrmdanticSchemaInitializer(Ormdantic ormdantic, SchemaMode mode, String connectionSource) {
		this.ormdantic = ormdantic;
		this.mode = mode;
		this.connectionSource = connectionSource;
		this.schema = ormdantic.schemaReady()
			.onErrorMap(this::isConnectionFailure, (ex) -> DatabaseConnectionException.unreachable(this.connectionSource, ex))
			.doOnSuccess((done) -> logger.info("Ormdantic schema " + this.mode + " done for " + this.ormdantic.models().size()
					+ " model(s) on " + this.ormdantic.dialectName()))
			.cache();
	}

	/** The one-time schema step: completes when the schema is up, fails as it failed. */
	public Mono<Void> schema() {
		return this.schema;
	}

	/** The schema mode the engine applies. */
	public SchemaMode getMode() {
		return this.mode;
	}

	/** Blocks until the schema is up, so that a failure (such as a validation error) fails startup. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.schema.block();
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
