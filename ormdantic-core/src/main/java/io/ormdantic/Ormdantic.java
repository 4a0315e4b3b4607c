package io.ormdantic;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.ormdantic.internal.dialect.Dialects;
import io.ormdantic.internal.execute.DefaultTableOperations;
import io.ormdantic.internal.execute.EngineContext;
import io.ormdantic.internal.execute.SchemaManager;
import io.ormdantic.internal.execute.StatementRunner;
import io.ormdantic.internal.mapping.ModelRegistry;
import io.ormdantic.metadata.ModelMetadata;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Mono;

/**
 * The database: registers models, manages their schema and hands out {@link TableOperations}.
 *
 * <pre>{@code
 * try (Ormdantic database = Ormdantic.connect("r2dbc:h2:mem:///demo;DB_CLOSE_DELAY=-1")) {
 *     database.register(Flavor.class, Coffee.class);
 *     database.dropAll().then(database.init()).block();
 *     database.table(Flavor.class).insert(new Flavor(null, "vanilla")).block();
 * }
 * }</pre>
 *
 * Operations run through Spring's {@code DatabaseClient}, so they join Spring reactive transactions and
 * database errors surface as Spring {@code DataAccessException}s.
 */
public final class Ormdantic implements OrmdanticTemplate, AutoCloseable {

	private final ConnectionFactory connectionFactory;

	private final boolean ownsConnectionFactory;

	private final ModelRegistry registry = new ModelRegistry();

	private final EngineContext context;

	private final SchemaManager schema;

	private final Map<Class<?>, DefaultTableOperations<?>> tables = new ConcurrentHashMap<>();

	private volatile Mono<Void> prerequisite = Mono.empty();

	private Ormdantic(ConnectionFactory connectionFactory, boolean ownsConnectionFactory) {
		this.connectionFactory = connectionFactory;
		this.ownsConnectionFactory = ownsConnectionFactory;
		this.context = new EngineContext(this.registry, new StatementRunner(connectionFactory, Dialects.of(connectionFactory)));
		this.schema = new SchemaManager(this.context);
	}

	/**
	 * Connects to an R2DBC URL through a connection pool that {@link #close()} releases.
	 *
	 * @throws OrmdanticException if no driver on the class path handles the URL (the message names the artifact to add)
	 */
	public static Ormdantic connect(String url) {
		return new Ormdantic(Connections.pooled(url, 10), true);
	}

	/** Uses a connection factory owned by the caller; {@link #close()} leaves it open. */
	public static Ormdantic create(ConnectionFactory connectionFactory) {
		return new Ormdantic(Objects.requireNonNull(connectionFactory, "connectionFactory must not be null"), false);
	}

	/**
	 * Registers table models and checks their restrictions; restrictions that span models (relations,
	 * back references) are checked once every model they name is registered, at the latest by {@link #init()}.
	 *
	 * @throws ModelDefinitionException naming the model, field and rule that is broken
	 */
	public Ormdantic register(Class<?>... models) {
		for (Class<?> model : models) {
			this.registry.register(model);
		}
		return this;
	}

	/**
	 * Makes every table operation wait for {@code prerequisite} first (the Spring Boot starter passes its
	 * one-time schema initialization). Schema methods ({@link #init()}, {@link #dropAll()}) do not wait.
	 * {@code Mono.empty()}, the default, is no prerequisite.
	 */
	public void operationsAwait(Mono<Void> prerequisite) {
		this.prerequisite = Objects.requireNonNull(prerequisite, "prerequisite must not be null");
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> TableOperations<T> table(Class<T> model) {
		Objects.requireNonNull(model, "model must not be null");
		return (TableOperations<T>) this.tables.computeIfAbsent(model,
				type -> new DefaultTableOperations<>(this.registry.resolved(type), this.context, () -> this.prerequisite));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> ModelMetadata<T> metadata(Class<T> model) {
		Objects.requireNonNull(model, "model must not be null");
		return (ModelMetadata<T>) this.registry.resolved(model).metadata();
	}

	@Override
	public Mono<Void> init() {
		return Mono.defer(() -> {
			this.registry.validateAll();
			return this.schema.create();
		});
	}

	@Override
	public Mono<Void> dropAll() {
		return Mono.defer(this.schema::drop);
	}

	/** The tables or columns of registered models missing from the database, as readable descriptions. */
	public Mono<java.util.List<String>> missingSchema() {
		return Mono.defer(() -> {
			this.registry.validateAll();
			return this.schema.missing();
		});
	}

	@Override
	public Collection<Class<?>> models() {
		return this.registry.modelClasses();
	}

	/** The connection factory statements run on. */
	public ConnectionFactory connectionFactory() {
		return this.connectionFactory;
	}

	/** Name of the dialect chosen from the connection's metadata ({@code H2}, {@code MySQL}, {@code PostgreSQL}). */
	public String dialectName() {
		return this.context.dialect().name();
	}

	/** Releases the connection pool this instance created; a connection factory given to {@link #create} stays open. */
	@Override
	public void close() {
		if (this.ownsConnectionFactory && this.connectionFactory instanceof ConnectionPool pool) {
			pool.dispose();
		}
	}
}
