package io.ormdantic.boot;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Arrays;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaMode;
import io.ormdantic.TableOperations;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Runs the engine's one-time schema step ({@link Ormdantic#schemaReady()}, per {@link SchemaMode}) on
 * {@link ApplicationReadyEvent}, unless a table operation ran it earlier (in a {@code CommandLineRunner}, say): the
 * engine owns the step, so it runs exactly once per application context. A failure fails startup.
 * <p>
 * It is one of Boot's database initializers ({@link OrmdanticDatabaseInitializerDetector}): when other beans wait
 * for it, such as the {@code spring.sql.init} scripts or beans annotated {@code @DependsOnDatabaseInitialization},
 * the step runs as this bean is created, before them.
 */
public class OrmdanticSchemaInitializer
		implements ApplicationListener<ApplicationReadyEvent>, InitializingBean, BeanNameAware, BeanFactoryAware {

	private static final Log logger = LogFactory.getLog(OrmdanticSchemaInitializer.class);

	private final Ormdantic ormdantic;

	private final SchemaMode mode;

	private final String connectionSource;

	private final Mono<Void> schema;

	private String beanName = "";

	private BeanFactory beanFactory;

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

	@Override
	public void setBeanName(String name) {
		this.beanName = name;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/** Brings the schema up now when beans wait for it; otherwise leaves it to the ready event or the first operation. */
	@Override
	public void afterPropertiesSet() {
		if (waitedFor()) {
			this.schema.block();
		}
	}

	/** Blocks until the schema is up, so that a failure (such as a validation error) fails startup. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.schema.block();
	}

	/**
	 * Whether a bean other than the TableOperations (which await the schema on each operation anyway) depends on
	 * this one, as Boot's initialization ordering declares it.
	 */
	private boolean waitedFor() {
		if (!(this.beanFactory instanceof ConfigurableListableBeanFactory factory)) {
			return false;
		}
		return Arrays.stream(factory.getBeanDefinitionNames()).filter((name) -> {
			String[] dependsOn = factory.getBeanDefinition(name).getDependsOn();
			return dependsOn != null && Arrays.asList(dependsOn).contains(this.beanName);
		}).anyMatch((name) -> !factory.isTypeMatch(name, TableOperations.class));
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
