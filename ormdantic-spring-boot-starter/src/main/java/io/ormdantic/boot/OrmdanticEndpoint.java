package io.ormdantic.boot;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaChange;
import io.ormdantic.SchemaDiff;
import io.ormdantic.SchemaMode;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code ormdantic} actuator endpoint ({@code GET /actuator/ormdantic}): the registered models and their tables,
 * the schema mode, and the current differences between the models and the database, each with its SQL, plus the
 * script that removes them ({@link SchemaDiff#toSql()}), ready for a Flyway migration. Reads the catalog only.
 */
@Endpoint(id = "ormdantic")
public class OrmdanticEndpoint {

	private final Ormdantic ormdantic;

	private final @Nullable SchemaMode mode;

	/**
	 * Creates the endpoint of an engine.
	 *
	 * @param mode the engine's schema mode, or null when it is not known
	 */
	public OrmdanticEndpoint(Ormdantic ormdantic, @Nullable SchemaMode mode) {
		this.ormdantic = ormdantic;
		this.mode = mode;
	}

	/** The models, the schema mode and the diff; reactive, so the catalog is read without blocking a thread. */
	@ReadOperation
	public Mono<OrmdanticDescriptor> ormdantic() {
		List<ModelDescriptor> models = this.ormdantic.models()
			.stream()
			.map((model) -> new ModelDescriptor(model.getName(), this.ormdantic.metadata(model).table()))
			.sorted(Comparator.comparing(ModelDescriptor::model))
			.toList();
		String schema = (this.mode != null) ? this.mode.name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
		return this.ormdantic.schemaDiff()
			.map((diff) -> new OrmdanticDescriptor(models, schema, this.ormdantic.dialectName(),
					SchemaDiffDescriptor.of(diff)));
	}

	/**
	 * What the endpoint answers.
	 *
	 * @param models  the registered models, by class name
	 * @param schema  the schema mode as {@code ormdantic.schema} names it ({@code validate}, {@code drop-create}, ...)
	 * @param dialect the database's dialect
	 * @param diff    the differences between the models and the database
	 */
	public record OrmdanticDescriptor(List<ModelDescriptor> models, @Nullable String schema, String dialect,
			SchemaDiffDescriptor diff) implements OperationResponseBody {
	}

	/**
	 * One model.
	 *
	 * @param model the model's class name
	 * @param table its table
	 */
	public record ModelDescriptor(String model, String table) {
	}

	/**
	 * The differences.
	 *
	 * @param empty   whether the database matches the models
	 * @param changes each difference, in the order they apply
	 * @param script  {@link SchemaDiff#toSql()}: the script that removes them, for a Flyway migration
	 */
	public record SchemaDiffDescriptor(boolean empty, List<SchemaChangeDescriptor> changes, String script) {

		static SchemaDiffDescriptor of(SchemaDiff diff) {
			return new SchemaDiffDescriptor(diff.isEmpty(),
					diff.changes().stream().map(SchemaChangeDescriptor::of).toList(), diff.toSql());
		}

	}

	/**
	 * One difference.
	 *
	 * @param kind        what differs ({@code ADD_COLUMN}, ..., {@code MANUAL})
	 * @param table       the table
	 * @param column      the column, or null for a table-level change
	 * @param description what differs and, for a {@code MANUAL} change, what to do
	 * @param sql         the statement(s) that remove it
	 * @param safe        whether {@code ormdantic.schema=update} applies it
	 */
	public record SchemaChangeDescriptor(String kind, String table, @Nullable String column, String description,
			String sql, boolean safe) {

		static SchemaChangeDescriptor of(SchemaChange change) {
			return new SchemaChangeDescriptor(change.kind().name(), change.table(), change.column(),
					change.description(), change.sql(), change.safe());
		}

	}

}
