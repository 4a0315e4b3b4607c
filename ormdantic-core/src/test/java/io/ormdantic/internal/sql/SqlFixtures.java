package io.ormdantic.internal.sql;

import java.util.List;
import java.util.UUID;

import io.ormdantic.BackReference;
import io.ormdantic.CreatedAt;
import io.ormdantic.Query;
import io.ormdantic.Table;
import io.ormdantic.Unique;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import io.ormdantic.internal.convert.ColumnConverters;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.execute.Database;
import io.ormdantic.internal.mapping.ModelRegistry;
import io.ormdantic.internal.mapping.TableModel;
import io.ormdantic.internal.query.QueryResolver;
import io.ormdantic.internal.query.SelectPlan;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

/** Models and renderers shared by the SQL rendering tests; no database is involved. */
final class SqlFixtures {

	@Table(pk = "id", indexed = "name")
	record Flavor(UUID id, @Size(max = 63) String name) {
	}

	@Table(pk = "id")
	record Coffee(UUID id, @Size(max = 63) String sweetener, Integer sweetenerCount, Flavor flavor) {
	}

	@Table(name = "select", pk = "id", unique = "order", uniqueConstraints = @Unique({ "order", "group" }),
			backReferences = @BackReference(field = "items", mappedBy = "owner"))
	record Keyword(Integer id, @NotNull @Size(max = 10) String order, String group, List<Item> items) {
	}

	@Table(pk = "id")
	record Item(Long id, Keyword owner) {
	}

	@Table(pk = "id")
	record Ledger(UUID id, String note, @Version long version, @CreatedAt java.time.Instant created,
			@UpdatedAt java.time.Instant updated) {
	}

	final ModelRegistry registry = new ModelRegistry();

	final Dialect dialect;

	final QueryRenderer renderer;

	final QueryResolver resolver;

	SqlFixtures(Database database) {
		this.dialect = database.dialect();
		this.registry.register(Flavor.class);
		this.registry.register(Coffee.class);
		this.registry.register(Keyword.class);
		this.registry.register(Item.class);
		this.registry.register(Ledger.class);
		ColumnConverters converters = new ColumnConverters(database.storage(), JsonMapper.builder().build());
		this.renderer = new QueryRenderer(this.dialect, converters::forColumn);
		this.resolver = new QueryResolver(this::plan, this.registry::resolved);
	}

	SqlStatement select(Class<?> type, Query query) {
		return this.renderer.select(this.resolver.resolve(model(type), query));
	}

	SqlStatement count(Class<?> type, Query query) {
		return this.renderer.count(this.resolver.resolve(model(type), query));
	}

	private SelectPlan plan(TableModel model, int depth) {
		return SelectPlan.of(model, depth, this.registry::resolved, this.dialect);
	}

	TableModel model(Class<?> type) {
		return this.registry.resolved(type);
	}

	SelectPlan plan(Class<?> type, int depth) {
		return SelectPlan.of(model(type), depth, this.registry::resolved, this.dialect);
	}

	TableStatements statements(Class<?> type) {
		return new TableStatements(model(type), this.dialect);
	}

	List<String> ddl(Class<?> type) {
		SchemaStatements schema = new SchemaStatements(this.dialect);
		List<String> all = new java.util.ArrayList<>();
		all.add(schema.createTable(model(type)));
		all.addAll(schema.createIndexes(model(type)));
		all.addAll(schema.addForeignKeys(model(type), this.registry::resolved));
		return all;
	}
}
