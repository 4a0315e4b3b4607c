package io.ormdantic.internal.execute;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.ormdantic.internal.convert.ColumnConverters;
import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ModelRegistry;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.sql.QueryRenderer;
import io.ormdantic.internal.sql.SchemaStatements;
import io.ormdantic.internal.sql.SelectPlan;
import io.ormdantic.internal.sql.TableStatements;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every operation of one database shares, each built once and cached: converters per column, select plans
 * per model and depth, and write statements per model.
 */
public final class EngineContext {

	private record PlanKey(Class<?> model, int depth) {
	}

	private final ModelRegistry registry;

	private final StatementRunner runner;

	private final ColumnConverters columnConverters;

	private final Map<ColumnModel, ValueConverter> converters = new ConcurrentHashMap<>();

	private final Map<PlanKey, SelectPlan> plans = new ConcurrentHashMap<>();

	private final Map<Class<?>, TableStatements> statements = new ConcurrentHashMap<>();

	private final Map<PlanKey, RowReader> readers = new ConcurrentHashMap<>();

	private final QueryRenderer renderer;

	/** The context of one database. */
	public EngineContext(ModelRegistry registry, StatementRunner runner) {
		this.registry = registry;
		this.runner = runner;
		this.columnConverters = new ColumnConverters(runner.dialect(), JsonMapper.builder().findAndAddModules().build());
		this.renderer = new QueryRenderer(runner.dialect(), this::converter, this::model);
	}

	/** The registered models. */
	public ModelRegistry registry() {
		return this.registry;
	}

	/** Runs statements. */
	public StatementRunner runner() {
		return this.runner;
	}

	/** The database's dialect. */
	public Dialect dialect() {
		return this.runner.dialect();
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
				key -> new RowReader(plan(model, depth), this));
	}

	/** The write statements of a model. */
	public TableStatements statements(TableModel model) {
		return this.statements.computeIfAbsent(model.type(), type -> new TableStatements(model, dialect()));
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
