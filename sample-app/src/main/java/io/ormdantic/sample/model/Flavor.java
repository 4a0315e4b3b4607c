package io.ormdantic.sample.model;

import java.util.UUID;

import io.ormdantic.Table;
import io.ormdantic.Version;
import jakarta.validation.constraints.Size;

/**
 * A flavor of coffee, looked up by name. It is versioned: every update checks that nobody changed it since it was
 * read, and the HTTP API shows the version as the flavor's {@code ETag}.
 *
 * @param id the primary key; generated when null
 * @param name the flavor's name, such as {@code vanilla}
 * @param version the optimistic-locking version: 1 when inserted, one more on every update; null in a request body,
 *        where it is ignored (the API takes the version from {@code If-Match})
 */
@Table(pk = "id", indexed = { "name" })
public record Flavor(UUID id, @Size(max = 63) String name, @Version Long version) implements Identified<Flavor> {

	@Override
	public Flavor withId(UUID id) {
		return new Flavor(id, this.name, this.version);
	}

}
