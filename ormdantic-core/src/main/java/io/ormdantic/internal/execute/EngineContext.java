package io.ormdantic.internal.execute;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.ormdantic.internal.convert.ColumnConverters;
import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ModelRegistry;
import io.ormdantic.internal.mapping.TableModel;
import io.r2dbc.spi.ConnectionFactory;
import io.ormdantic.internal.sql.QueryRenderer;
import io.ormdantic.internal.sql.SchemaStatements;
import io.ormdantic.internal.query.QueryResolver;
import io.ormdantic.internal.query.SelectPlan;
import io.ormdantic.internal.sql.TableStatements;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wiring of one engine: its registered models, database, statement runner, JSON mapper and clock, all given by
 * whoever builds the engine, plus what every operation shares, each built once and cached: converters per column,
 * select plans and row readers per model and depth, and write statements per model.
 */
public final class EngineContext {

	private record PlanKey(Class<?> model, int depth) {
	}

	private final ModelRegistry registry;

	private final Database database;

	private final StatementRunner runner;

	private final Clock clock;

	private final Operations operations;

	private final ColumnConverters columnConverters;

	private final QueryRenderer renderer;

	private final QueryResolver resolver;

	private final Map<ColumnModel, ValueConverter> converters = new ConcurrentHashMap<>();

	private final Map<PlanKey, SelectPlan> plans = new ConcurrentHashMap<>();

	private final Map<Class<?>, TableStatements> statements = new ConcurrentHashMap<>();

	private final Map<PlanKey, RowReader> readers = new ConcurrentHashMap<>();

	/**
	 * The wiring of one engine.
	 *
	 * @param registry the registered models
	 * @param database the database the runner talks to
	 * @param runner   runs statements
	 * @param json     reads and writes JSON columns (the application's mapper, under Spring Boot)
	 * @param clock    the time of audit fields
	 * @param operations what every operation gets around its statements (timeouts, retries, observations)
	 */
	public EngineContext(ModelRegistry registry, Database database, StatementRunner runner, JsonMapper json, Clock clock,
			Operations operations) {
		this.registry = registry;
		this.operations = operations;
		this.database = database;
		this.runner = runner;
		this.clock = clock;
		this.columnConverters = new ColumnConverters(database.storage(), json);
		this.renderer = new QueryRenderer(database.dialect(), this::converter);
		this.resolver = new QueryResolver(this::plan, this::model);
	}

	/**
	 * The wiring of an engine over a primary connection factory.
	 *
	 * @param timedPool whether the primary is a pool of the engine's own, which gives every new connection the
	 *                  engine's statement timeout (a caller's holds none, as far as the engine knows)
	 */
	public static EngineContext create(ModelRegistry registry, ConnectionFactory primary, boolean timedPool,
			EngineOptions options) {
		Database database = Database.of(primary);
		Duration timeout = options.statementTimeout();
		ConnectionFactory timed = new StatementTimeouts(primary, database.dialect(), timeout,
				timedPool ? timeout : Duration.ZERO, options.acquireTimeout());
		List<ConnectionFactory> replicas = options.replicas()
			.stream()
			.map(replica -> (ConnectionFactory) new StatementTimeouts(replica, database.dialect(), timeout, Duration.ZERO,
					options.acquireTimeout()))
			.toList();
		Operations operations = new Operations(database, options.retry(), timeout, options.observations(),
				options.replicas().isEmpty() ? Replicas.none() : new Replicas(options.replicas()));
		return new EngineContext(registry, database, new StatementRunner(timed, replicas, database.dialect()),
				options.json(), options.clock(), operations);
	}

	/** The registered models. */
	public ModelRegistry registry() {
		return this.registry;
	}

	/** The database statements run on. */
	public Database database() {
		return this.database;
	}

	/** Runs statements. */
	public StatementRunner runner() {
		return this.runner;
	}

	/** The database's dialect. */
	public Dialect dialect() {
		return this.database.dialect();
	}

	/** What every operation gets around its statements. */
	public Operations operations() {
		return this.operations;
	}

	/** The clock of audit fields. */
	public Clock clock() {
		return this.clock;
	}

	/** The linked model of a registered class. */
	public TableModel model(Class<?> type) {
		return this.registry.resolved(type);
	}

	/** The converter of a column. */
	public ValueConverter converter(ColumnModel column) {
		return this.converters.computeIfAbsent(column, this.columnConverters::forColumn);
	}

	/** The select plan of a model at a depth. */
	public SelectPlan plan(TableModel model, int depth) {
		return this.plans.computeIfAbsent(new PlanKey(model.type(), depth),
				key -> SelectPlan.of(model, depth, this::model, dialect()));
	}

	/** The row reader of a model's plan at a depth. */
	public RowReader reader(TableModel model, int depth) {
		return this.readers.computeIfAbsent(new PlanKey(model.type(), depth),
				key -> new RowReader(plan(model, depth), this::model, this::converter));
	}

	/** The write statements of a model. */
	public TableStatements statements(TableModel model) {
		return this.statements.computeIfAbsent(model.type(), type -> new TableStatements(model, dialect()));
	}

	/** Checks and resolves queries and key lookups. */
	public QueryResolver resolver() {
		return this.resolver;
	}

	/** Renders queries. */
	public QueryRenderer renderer() {
		return this.renderer;
	}

	/** Renders DDL. */
	public SchemaStatements schemaStatements() {
		return new SchemaStatements(dialect());
	}
}
