package io.ormdantic.sample.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ormdantic.Result;
import io.ormdantic.TableOperations;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.ModelMetadata;
import io.ormdantic.sample.model.Identified;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The REST endpoints of one table, written once for every model: create, read, list, count, update, upsert and
 * delete. Subclasses only choose the path and the table.
 * <p>
 * A model with a {@code @Version} field (found through its {@link ModelMetadata}) gets optimistic locking over
 * HTTP: every answer carrying one row carries its version as a strong {@code ETag} ({@code "3"}), and {@code PUT}
 * and {@code DELETE} honour {@code If-Match}. With {@code If-Match: "3"} the write runs under version 3, in the
 * same statement; without it, or with {@code If-Match: *}, under the version the row holds when it is read just
 * before. Either way a row that another writer changed first fails with Spring's
 * {@code OptimisticLockingFailureException}, which {@link ApiExceptionHandler} answers with {@code 409}. The
 * version in a request body is always ignored.
 *
 * @param <T> the model type
 */
public abstract class ModelController<T extends Identified<T>> {

	/** The one {@code If-Match} entity tag this API issues: a strong tag holding a version, such as {@code "3"}. */
	private static final Pattern VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

	private final TableOperations<T> table;

	private final ModelMetadata<T> metadata;

	/** The model's {@code @Version} field, or null when it has none (then no ETags). */
	private final @Nullable FieldMetadata version;

	private final String name;

	/** Serves the given table; its model's simple name, in lower case, names it in messages. */
	protected ModelController(TableOperations<T> table) {
		this.table = table;
		this.metadata = ModelMetadata.of(table.model());
		this.version = this.metadata.fields()
			.stream()
			.filter((field) -> field.role() == Role.VERSION)
			.findFirst()
			.orElse(null);
		this.name = table.model().getSimpleName().toLowerCase();
	}

	/** The model's name in messages, such as {@code flavor}. */
	String name() {
		return this.name;
	}

	/** Stores a new row ({@code 201} with its location and ETag); a key is generated when the body has none. */
	@PostMapping
	public Mono<ResponseEntity<T>> create(@Valid @RequestBody T model, ServerHttpRequest request) {
		return this.table.insert(model).map((stored) -> {
			URI location = UriComponentsBuilder.fromUri(request.getURI())
				.replaceQuery(null)
				.path("/{id}")
				.buildAndExpand(stored.id())
				.toUri();
			return tagged(ResponseEntity.created(location), stored).body(stored);
		});
	}

	/**
	 * The row with this key, relations loaded {@code depth} hops deep, with its ETag; {@code 404} when absent. An
	 * {@code If-None-Match} naming the current ETag answers {@code 304}.
	 */
	@GetMapping("/{id}")
	public Mono<ResponseEntity<T>> read(@PathVariable UUID id, @RequestParam(defaultValue = "0") int depth) {
		return this.table.findOne(id, depth).switchIfEmpty(Mono.error(() -> notFound(id))).map(this::ok);
	}

	/** One page of rows: see {@link QueryParameters} for the parameters. */
	@GetMapping
	public Mono<Result<T>> list(@RequestParam MultiValueMap<String, String> parameters) {
		return Mono.defer(() -> this.table.findMany(QueryParameters.parse(this.table.model(), parameters)));
	}

	/** The number of rows the conditions select. */
	@GetMapping("/count")
	public Mono<Count> count(@RequestParam MultiValueMap<String, String> parameters) {
		return Mono.defer(() -> this.table.count(QueryParameters.parse(this.table.model(), parameters)))
			.map(Count::new);
	}

	/**
	 * Replaces every field of the row with this key, under the version of {@code If-Match} when given; answers the
	 * row with its new ETag, {@code 404} when absent, {@code 409} when another writer changed it first.
	 */
	@PutMapping("/{id}")
	public Mono<ResponseEntity<T>> update(@PathVariable UUID id, @Valid @RequestBody T model,
			@RequestHeader HttpHeaders headers) {
		return Mono.defer(() -> {
			T keyed = keyed(id, model);
			return updateUnder(keyed, ifMatch(headers));
		}).map(this::ok);
	}

	/**
	 * Replaces the row with this key, or inserts it when absent ({@code ?upsert=true}; a versioned row starts at
	 * version 1). With {@code If-Match} the request names a version of a stored row, so it only updates, as
	 * {@link #update} does ({@code 404} when absent).
	 */
	@PutMapping(path = "/{id}", params = "upsert=true")
	public Mono<ResponseEntity<T>> upsert(@PathVariable UUID id, @Valid @RequestBody T model,
			@RequestHeader HttpHeaders headers) {
		return Mono.defer(() -> {
			T keyed = keyed(id, model);
			IfMatch ifMatch = ifMatch(headers);
			if (ifMatch != null) {
				return updateUnder(keyed, ifMatch);
			}
			if (this.version == null) {
				return this.table.upsert(keyed);
			}
			// Under the version read now, or none when absent: then it inserts, and a row inserted meanwhile is a 409.
			return this.table.findOne(id)
				.map((current) -> withVersion(keyed, versionOf(current)))
				.defaultIfEmpty(withVersion(keyed, null))
				.flatMap(this.table::upsert);
		}).map(this::ok);
	}

	/**
	 * Deletes the row with this key, under the version of {@code If-Match} when given: {@code 204}, {@code 404} when
	 * there was none, {@code 409} when another writer changed it first.
	 */
	@DeleteMapping("/{id}")
	public Mono<ResponseEntity<Void>> delete(@PathVariable UUID id, @RequestHeader HttpHeaders headers) {
		return Mono.defer(() -> {
			IfMatch ifMatch = ifMatch(headers);
			if (ifMatch == null || ifMatch.version() == null) {
				return this.table.delete(id);
			}
			// The stored row, so that every field holds a valid value; the version check is in the DELETE itself.
			return this.table.findOne(id).flatMap((current) -> this.table.delete(withVersion(current, ifMatch.version())));
		})
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.map((deleted) -> ResponseEntity.noContent().build());
	}

	/**
	 * Updates under the version {@code If-Match} names, else (no {@code If-Match}, or {@code *}) under the version
	 * the row holds now: {@code 404} when absent.
	 */
	private Mono<T> updateUnder(T model, @Nullable IfMatch ifMatch) {
		if (this.version == null) {
			return this.table.update(model);
		}
		if (ifMatch != null && ifMatch.version() != null) {
			return this.table.update(withVersion(model, ifMatch.version()));
		}
		return this.table.findOne(model.id())
			.switchIfEmpty(Mono.error(() -> notFound(model.id())))
			.flatMap((current) -> this.table.update(withVersion(model, versionOf(current))));
	}

	/** The body with the key of the path; a body naming another key is a client error. */
	private T keyed(UUID id, T model) {
		if (model.id() != null && !model.id().equals(id)) {
			throw new ServerWebInputException("The body's id " + model.id() + " differs from the path's id " + id);
		}
		return model.withId(id);
	}

	/**
	 * The {@code If-Match} header: null when absent, {@link IfMatch#ANY} for {@code *}, else the one version its
	 * entity tag holds.
	 *
	 * @throws ServerWebInputException ({@code 400}) for anything else: a list, a weak tag, a tag this API did not
	 *                                 issue, or a tag on a model without versions
	 */
	private @Nullable IfMatch ifMatch(HttpHeaders headers) {
		List<String> values = headers.get(HttpHeaders.IF_MATCH);
		if (values == null || values.isEmpty()) {
			return null;
		}
		String value = String.join(",", values).trim();
		if (value.equals("*")) {
			return IfMatch.ANY;
		}
		Matcher tag = VERSION_TAG.matcher(value);
		if (!tag.matches()) {
			throw new ServerWebInputException(
					"If-Match must be * or one ETag as this API sends it, such as \"1\" (in double quotes)");
		}
		FieldMetadata field = this.version;
		if (field == null) {
			throw new ServerWebInputException("A " + this.name + " has no ETag: If-Match may only be *");
		}
		long version = Long.parseLong(tag.group(1));
		boolean intField = field.rawType() == int.class || field.rawType() == Integer.class;
		if (intField && version > Integer.MAX_VALUE) {
			throw new ServerWebInputException("If-Match names a version beyond any " + this.name + "'s");
		}
		return new IfMatch(intField ? Integer.valueOf((int) version) : Long.valueOf(version));
	}

	/** A {@code 200} with the model and its ETag. */
	private ResponseEntity<T> ok(T model) {
		return tagged(ResponseEntity.ok(), model).body(model);
	}

	/** The builder with the model's version as its strong ETag, when it has one. */
	private <B extends ResponseEntity.HeadersBuilder<B>> B tagged(B builder, T model) {
		Object version = (this.version != null) ? versionOf(model) : null;
		return (version != null) ? builder.eTag("\"" + version + "\"") : builder;
	}

	private @Nullable Object versionOf(T model) {
		FieldMetadata field = this.version;
		return (field != null) ? this.metadata.read(model, field.name()) : null;
	}

	/** A copy of the model holding this version (null: none). */
	private T withVersion(T model, @Nullable Object version) {
		FieldMetadata field = this.version;
		if (field == null) {
			return model;
		}
		Map<String, @Nullable Object> values = new HashMap<>();
		for (FieldMetadata each : this.metadata.fields()) {
			values.put(each.name(), this.metadata.read(model, each.name()));
		}
		values.put(field.name(), version);
		return this.metadata.create(values);
	}

	private ResponseStatusException notFound(UUID id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + this.name + " with id " + id);
	}

	/**
	 * The answer of a count.
	 *
	 * @param count the number of rows
	 */
	public record Count(long count) {
	}

	/**
	 * A parsed {@code If-Match} header.
	 *
	 * @param version the version its entity tag holds; null for {@code *} (any version the row holds)
	 */
	private record IfMatch(@Nullable Object version) {

		static final IfMatch ANY = new IfMatch(null);

	}

}
