package io.ormdantic.benchmarks;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.util.List;
import java.util.UUID;

import io.ormdantic.benchmarks.Models.Child;
import io.ormdantic.benchmarks.Models.Coffee;
import io.ormdantic.benchmarks.Models.Flavor;
import io.ormdantic.benchmarks.Models.Parent;
import io.ormdantic.benchmarks.SpringDataEntities.AccountEntity;
import io.ormdantic.benchmarks.SpringDataEntities.ChildEntity;
import io.ormdantic.benchmarks.SpringDataEntities.CoffeeEntity;
import io.ormdantic.benchmarks.SpringDataEntities.FlavorEntity;
import io.ormdantic.benchmarks.SpringDataEntities.NoteEntity;
import io.ormdantic.benchmarks.SpringDataEntities.ParentEntity;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.dialect.R2dbcDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.relational.core.query.Query;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The same operations with Spring Data R2DBC's {@link R2dbcEntityTemplate}, written as its users write them. Spring
 * Data loads no relations, so related rows are looked up per row (with {@code flatMapSequential}, which lets the
 * lookups run concurrently on the pool while keeping the order) and the records Ormdantic returns are assembled from
 * the entities by hand. Bulk inserts are one insert per row, in one transaction as Ormdantic's are.
 */
final class SpringData {

	private static final Query COFFEE_PAGE = Query.empty().sort(Sort.by("id")).limit(DataSet.COFFEE_PAGE);

	private static final Query PARENT_PAGE = Query.empty().sort(Sort.by("id")).limit(DataSet.PARENT_PAGE);

	private final R2dbcEntityTemplate template;

	private final TransactionalOperator transactions;

	SpringData(BenchDatabase database, ConnectionFactory connectionFactory) {
		R2dbcDialect dialect = DialectResolver.getDialect(connectionFactory);
		// Ormdantic quotes every identifier, so its lower-case names survive H2's folding to upper case only when quoted.
		R2dbcMappingContext mapping = R2dbcMappingContext.forQuotedIdentifiers();
		List<?> converters = database == BenchDatabase.MARIADB ? List.of(new UuidToText(), new TextToUuid()) : List.of();
		R2dbcCustomConversions conversions = R2dbcCustomConversions.of(dialect, converters);
		mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		DatabaseClient client = DatabaseClient.builder().connectionFactory(connectionFactory).bindMarkers(dialect.getBindMarkersFactory()).build();
		this.template = new R2dbcEntityTemplate(client, dialect, new MappingR2dbcConverter(mapping, conversions));
		this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
	}

	/** The coffee entity with this key. */
	Mono<CoffeeEntity> findCoffee(UUID key) {
		return this.template.selectOne(query(where("id").is(key)), CoffeeEntity.class);
	}

	/** A page of coffee entities in key order. */
	Mono<List<CoffeeEntity>> coffees() {
		return this.template.select(COFFEE_PAGE, CoffeeEntity.class).collectList();
	}

	/** A page of coffees, each flavor looked up by its key. */
	Mono<List<Coffee>> coffeesWithFlavor() {
		return this.template.select(COFFEE_PAGE, CoffeeEntity.class)
			.flatMapSequential(coffee -> this.template.selectOne(query(where("id").is(coffee.flavor())), FlavorEntity.class)
				.map(flavor -> new Coffee(coffee.id(), coffee.sweetener(), coffee.sweetenerCount(),
						new Flavor(flavor.id(), flavor.name()))))
			.collectList();
	}

	/** A page of parents, each one's children looked up by its key. */
	Mono<List<Parent>> parentsWithChildren() {
		return this.template.select(PARENT_PAGE, ParentEntity.class)
			.flatMapSequential(parent -> this.template
				.select(query(where("parent").is(parent.id())).sort(Sort.by("id")), ChildEntity.class)
				.map(child -> new Child(child.id(), child.name(), new Parent(child.parent(), null, null)))
				.collectList()
				.map(children -> new Parent(parent.id(), parent.name(), children)))
			.collectList();
	}

	/** The number of coffees sweeter than {@code count}. */
	Mono<Long> countSweeterThan(int count) {
		return this.template.count(query(where("sweetenerCount").greaterThan(count)), CoffeeEntity.class);
	}

	/** Inserts one note. */
	Mono<NoteEntity> insert(NoteEntity note) {
		return this.template.insert(note);
	}

	/** Inserts the notes one by one, in one transaction. */
	Mono<List<NoteEntity>> insertAll(List<NoteEntity> notes) {
		return this.transactions.transactional(Flux.fromIterable(notes).concatMap(this.template::insert)).collectList();
	}

	/**
	 * Updates the account entity under its {@code @Version}: Spring Data sets the next version under a {@code WHERE}
	 * on the current one, returns the entity with the next version, and fails with an
	 * {@code OptimisticLockingFailureException} when no row matched.
	 */
	Mono<AccountEntity> update(AccountEntity account) {
		return this.template.update(account);
	}

	/** MariaDB has no UUID type; Ormdantic stores UUIDs there as CHAR(36) text, and so must Spring Data. */
	@WritingConverter
	static final class UuidToText implements Converter<UUID, String> {

		@Override
		public String convert(UUID source) {
			return source.toString();
		}
	}

	/** Reads the CHAR(36) text of a UUID on MariaDB. */
	@ReadingConverter
	static final class TextToUuid implements Converter<String, UUID> {

		@Override
		public UUID convert(String source) {
			return UUID.fromString(source);
		}
	}
}
