package io.ormdantic;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.ObservationRegistry;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.execute.Database;
import io.ormdantic.internal.execute.DefaultTableOperations;
import io.ormdantic.internal.execute.EngineContext;
import io.ormdantic.internal.execute.EngineOptions;
import io.ormdantic.internal.execute.RetryPolicy;
import io.ormdantic.internal.execute.SchemaGate;
import io.ormdantic.internal.execute.SchemaManager;
import io.ormdantic.internal.execute.StatementTimeouts;
import io.ormdantic.internal.mapping.ModelRegistry;
import io.ormdantic.metadata.ModelMetadata;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database: registers models, manages their schema and hands out {@link TableOperations}.
 *
 * <pre>{@code
 * try (Ormdantic database = Ormdantic.builder("r2dbc:h2:mem:///demo;DB_CLOSE_DELAY=-1")
 *         .models(Flavor.class, Coffee.class)
 *         .schema(SchemaMode.DROP_CREATE)
 *         .build()) {
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

	private final ModelRegistry registry;

	private final EngineContext context;

	private final SchemaManager schema;

	private final SchemaGate gate;

	private final Map<Class<?>, DefaultTableOperations<?>> tables = new ConcurrentHashMap<>();

	private Ormdantic(Builder builder, ConnectionFactory connectionFactory, boolean ownsConnectionFactory) {
		this.connectionFactory = connectionFactory;
		this.ownsConnectionFactory = ownsConnectionFactory;
		this.registry = new ModelRegistry();
		builder.models.forEach(this.registry::register);
		JsonMapper json = (builder.jsonMapper != null) ? builder.jsonMapper : JsonMapper.builder().findAndAddModules().build();
		this.context = EngineContext.create(this.registry, connectionFactory, ownsConnectionFactory, new EngineOptions(json,
				builder.clock, builder.statementTimeout(), builder.retry, builder.observationRegistry, List.copyOf(builder.replicas),
				ownsConnectionFactory ? builder.ownAcquireTimeout() : builder.acquireTimeout));
		this.schema = new SchemaManager(this.context);
		this.gate = (builder.schemaMode == SchemaMode.NONE) ? SchemaGate.open()
				: SchemaGate.runningOnce(() -> schemaStep(builder.schemaMode));
	}

	/**
	 * Connects to an R2DBC URL through a connection pool that {@link #close()} releases; short for
	 * {@code builder(url).build()}.
	 *
	 * @throws OrmdanticException if no driver on the class path handles the URL (the message names the artifact to add)
	 */
	public static Ormdantic connect(String url) {
		return builder(url).build();
	}

	/** Uses a connection factory owned by the caller, which {@link #close()} leaves open; short for {@code builder(cf).build()}. */
	public static Ormdantic create(ConnectionFactory connectionFactory) {
		return builder(connectionFactory).build();
	}

	/** An engine over a connection pool to an R2DBC URL, which {@link #close()} releases. */
	public static Builder builder(String url) {
		return new Builder(Objects.requireNonNull(url, "url must not be null"), null);
	}

	/** An engine over a connection factory owned by the caller, which {@link #close()} leaves open. */
	public static Builder builder(ConnectionFactory connectionFactory) {
		return new Builder(null, Objects.requireNonNull(connectionFactory, "connectionFactory must not be null"));
	}

	/**
	 * Registers table models and checks their restrictions; restrictions that span models (relations,
	 * back references) are checked once every model they name is registered, at the latest by {@link #init()}.
	 * Prefer {@link Builder#models(Class...)}.
	 *
	 * @throws ModelDefinitionException naming the model, field and rule that is broken
	 */
	public Ormdantic register(Class<?>... models) {
		for (Class<?> model : models) {
			this.registry.register(model);
		}
		return this;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> TableOperations<T> table(Class<T> model) {
		Objects.requireNonNull(model, "model must not be null");
		return (TableOperations<T>) this.tables.computeIfAbsent(model,
				type -> new DefaultTableOperations<>(this.registry.resolved(type), this.context, this.gate));
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

	/**
	 * The schema step chosen with {@link Builder#schema(SchemaMode)}, run once: the first subscriber (this method's
	 * or any table operation's) runs it, later ones share its outcome. Table operations await it until it has
	 * succeeded; with {@link SchemaMode#NONE} (the default) it completes at once.
	 *
	 * @return completes when the schema is up; fails with the step's error ({@link SchemaValidationException} in
	 *         {@link SchemaMode#VALIDATE}), and so does every operation
	 */
	public Mono<Void> schemaReady() {
		return this.gate.ready();
	}

	/**
	 * The differences between the registered models and the database's own catalog: missing tables, columns,
	 * indexes, unique constraints and foreign keys, columns to widen, to make nullable or to make NOT NULL (when no
	 * row holds null), and the {@code MANUAL} changes that would lose data or need values, among them the tables that
	 * {@code ormdantic_tables} says a model of this set declared and none declares any more. Changes nothing;
	 * {@link SchemaDiff#toSql()} is the script.
	 */
	public Mono<SchemaDiff> schemaDiff() {
		return Mono.defer(() -> {
			this.registry.validateAll();
			return this.schema.diff();
		});
	}

	/**
	 * Applies the safe changes of {@link #schemaDiff()} in dependency order (tables, columns, indexes and
	 * constraints, foreign keys last) and returns them, followed by the {@code MANUAL} changes left. Records the
	 * registered tables in {@code ormdantic_tables} first. Never drops or narrows anything; a re-run after a failure
	 * completes what is left.
	 */
	public Mono<SchemaDiff> update() {
		return Mono.defer(() -> {
			this.registry.validateAll();
			return this.schema.update();
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

	private Mono<Void> schemaStep(SchemaMode mode) {
		return switch (mode) {
			case CREATE -> init();
			case DROP_CREATE -> dropAll().then(init());
			case UPDATE -> update().then();
			case VALIDATE -> schemaDiff().flatMap(diff -> diff.isEmpty() ? Mono.<Void>empty()
					: Mono.error(new SchemaValidationException(diff)));
			case NONE -> Mono.empty();
		};
	}

	/**
	 * Builds an {@link Ormdantic}: every option is fixed at construction, so nothing changes the engine afterwards.
	 */
	public static final class Builder {

		private final @Nullable String url;

		private final @Nullable ConnectionFactory connectionFactory;

		private final List<Class<?>> models = new ArrayList<>();

		private @Nullable JsonMapper jsonMapper;

		private Clock clock = Clock.systemUTC();

		private int poolSize = 10;

		private @Nullable Duration acquireTimeout;

		private SchemaMode schemaMode = SchemaMode.NONE;

		private @Nullable Duration statementTimeout;

		private RetryPolicy retry = RetryPolicy.DEFAULT;

		private @Nullable ObservationRegistry observationRegistry;

		private final List<ConnectionFactory> replicas = new ArrayList<>();

		private Builder(@Nullable String url, @Nullable ConnectionFactory connectionFactory) {
			this.url = url;
			this.connectionFactory = connectionFactory;
		}

		/**
		 * Registers table models; {@link #build()} checks their restrictions.
		 *
		 * @throws ModelDefinitionException from {@link #build()}, naming the model, field and rule that is broken
		 */
		public Builder models(Class<?>... models) {
			for (Class<?> model : models) {
				this.models.add(Objects.requireNonNull(model, "models must not contain null"));
			}
			return this;
		}

		/** The mapper of JSON columns; default: a {@code JsonMapper} with the modules found on the class path. */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper must not be null");
			return this;
		}

		/** The clock of audit timestamps; default: {@link Clock#systemUTC()}. */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		/**
		 * The most connections the pool opens (default 10); only for {@link Ormdantic#builder(String)}.
		 *
		 * @throws IllegalStateException for a builder over a given connection factory, whose pool is the caller's
		 */
		public Builder poolSize(int poolSize) {
			ownPoolOnly("poolSize");
			if (poolSize < 1) {
				throw new IllegalArgumentException("poolSize must be at least 1, got " + poolSize);
			}
			this.poolSize = poolSize;
			return this;
		}

		/**
		 * The longest an operation waits to get a connection before it fails with Spring's
		 * {@code DataAccessResourceFailureException}, over all of the pool's attempts (default 10 s for a pool Ormdantic
		 * opens; for a given connection factory, its own limits unless set here).
		 */
		public Builder acquireTimeout(Duration acquireTimeout) {
			if (acquireTimeout.isNegative() || acquireTimeout.isZero()) {
				throw new IllegalArgumentException("acquireTimeout must be positive, got " + acquireTimeout);
			}
			this.acquireTimeout = acquireTimeout;
			return this;
		}

		private Duration ownAcquireTimeout() {
			return (this.acquireTimeout != null) ? this.acquireTimeout : Connections.DEFAULT_ACQUIRE_TIMEOUT;
		}

		private Duration statementTimeout() {
			return (this.statementTimeout != null) ? this.statementTimeout : Duration.ZERO;
		}

		private void ownPoolOnly(String option) {
			if (this.url == null) {
				throw new IllegalStateException(option + " applies to Ormdantic.builder(url) only; a given ConnectionFactory "
						+ "is pooled by its owner");
			}
		}

		/**
		 * The longest a statement may run (default: no limit); past it the server stops the statement and the operation
		 * fails with Spring's {@code QueryTimeoutException}. {@link Query#timeout(Duration)} overrides it per query.
		 */
		public Builder statementTimeout(Duration statementTimeout) {
			if (statementTimeout.isNegative() || statementTimeout.isZero()) {
				throw new IllegalArgumentException("statementTimeout must be positive, got " + statementTimeout);
			}
			this.statementTimeout = statementTimeout;
			return this;
		}

		/**
		 * How often a transient failure (deadlock, serialization failure, connection lost before commit) is tried
		 * again: {@code maxAttempts} in all (1: never retried; default 3), waiting {@code backoff} before the first
		 * retry and twice as long before each next one (default 50 ms). Only reads and Ormdantic's own transactions
		 * are retried, never inside a transaction the caller owns, and never a write whose outcome is unknown.
		 */
		public Builder retry(int maxAttempts, Duration backoff) {
			this.retry = new RetryPolicy(maxAttempts, backoff);
			return this;
		}

		/**
		 * Records one Micrometer {@code Observation} named {@code ormdantic.operation} per operation (default: none, at no
		 * cost); the driver's statement observations nest inside it.
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry must not be null");
			return this;
		}

		/**
		 * Read replicas of the primary, owned by the caller (pooled, and closed by the caller). Reads ({@code findOne},
		 * {@code findMany}, {@code stream}, {@code count}) outside a transaction, or inside a read-only one, go to a
		 * healthy replica in turn; writes, and reads inside a read-write transaction or with {@link Query#onPrimary()},
		 * go to the primary. A replica that fails is left out until a probe passes again; with none left, reads go to
		 * the primary, said once in a WARN line. Replicas may lag behind the primary.
		 */
		public Builder replicas(ConnectionFactory... replicas) {
			for (ConnectionFactory replica : replicas) {
				this.replicas.add(Objects.requireNonNull(replica, "replicas must not contain null"));
			}
			return this;
		}

		/**
		 * The schema step run once before the first operation (or on {@link Ormdantic#schemaReady()}); default
		 * {@link SchemaMode#NONE}: the schema is left to {@link Ormdantic#init()} and migrations.
		 */
		public Builder schema(SchemaMode mode) {
			this.schemaMode = Objects.requireNonNull(mode, "mode must not be null");
			return this;
		}

		/**
		 * The engine. A pool opened for a URL is released again when a model is invalid.
		 *
		 * @throws ModelDefinitionException naming the model, field and rule that is broken
		 * @throws OrmdanticException       if no driver handles the URL, or the database is not supported
		 */
		public Ormdantic build() {
			if (this.connectionFactory != null) {
				return new Ormdantic(this, this.connectionFactory, false);
			}
			ConnectionFactory target = Connections.unpooled(Objects.requireNonNull(this.url));
			Dialect dialect = Database.of(target).dialect();
			Duration timeout = statementTimeout();
			ConnectionPool pool = Connections.pooled(target, this.poolSize, Duration.ofMinutes(30), ownAcquireTimeout(),
					timeout.isZero() ? null : connection -> StatementTimeouts.apply(dialect, connection, timeout));
			try {
				return new Ormdantic(this, pool, true);
			}
			catch (RuntimeException ex) {
				pool.dispose();
				throw ex;
			}
		}
	}
}
