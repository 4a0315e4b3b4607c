package io.ormdantic.sample.web;

import java.net.URI;
import java.util.UUID;

import io.ormdantic.Result;
import io.ormdantic.TableOperations;
import io.ormdantic.sample.model.Identified;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The REST endpoints of one table, written once for every model: create, read, list, count, update, upsert and
 * delete. Subclasses only choose the path and the table.
 *
 * @param <T> the model type
 */
public abstract class ModelController<T extends Identified<T>> {

	private final TableOperations<T> table;

	private final String name;

	/** Serves the given table; its model's simple name, in lower case, names it in messages. */
	protected ModelController(TableOperations<T> table) {
		this.table = table;
		this.name = table.model().getSimpleName().toLowerCase();
	}

	/** Stores a new row ({@code 201} with its location); a key is generated when the body has none. */
	@PostMapping
	public Mono<ResponseEntity<T>> create(@Valid @RequestBody T model, ServerHttpRequest request) {
		return this.table.insert(model).map((stored) -> {
			URI location = UriComponentsBuilder.fromUri(request.getURI())
				.replaceQuery(null)
				.path("/{id}")
				.buildAndExpand(stored.id())
				.toUri();
			return ResponseEntity.created(location).body(stored);
		});
	}

	/** The row with this key, relations loaded {@code depth} hops deep; {@code 404} when absent. */
	@GetMapping("/{id}")
	public Mono<T> read(@PathVariable UUID id, @RequestParam(defaultValue = "0") int depth) {
		return this.table.findOne(id, depth).switchIfEmpty(Mono.error(() -> notFound(id)));
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

	/** Replaces every field of the row with this key; {@code 404} when absent. */
	@PutMapping("/{id}")
	public Mono<T> update(@PathVariable UUID id, @Valid @RequestBody T model) {
		return Mono.defer(() -> this.table.update(keyed(id, model)));
	}

	/** Replaces the row with this key, or inserts it when absent ({@code ?upsert=true}). */
	@PutMapping(path = "/{id}", params = "upsert=true")
	public Mono<T> upsert(@PathVariable UUID id, @Valid @RequestBody T model) {
		return Mono.defer(() -> this.table.upsert(keyed(id, model)));
	}

	/** Deletes the row with this key: {@code 204}, or {@code 404} when there was none. */
	@DeleteMapping("/{id}")
	public Mono<ResponseEntity<Void>> delete(@PathVariable UUID id) {
		return this.table.delete(id)
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.map((deleted) -> ResponseEntity.noContent().build());
	}

	/** The body with the key of the path; a body naming another key is a client error. */
	private T keyed(UUID id, T model) {
		if (model.id() != null && !model.id().equals(id)) {
			throw new ServerWebInputException("The body's id " + model.id() + " differs from the path's id " + id);
		}
		return model.withId(id);
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

}
