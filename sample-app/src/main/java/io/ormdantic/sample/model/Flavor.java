package io.ormdantic.sample.model;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A flavor of coffee, looked up by name.
 *
 * @param id the primary key; generated when null
 * @param name the flavor's name, such as {@code vanilla}
 */
@Table(pk = "id", indexed = { "name" })
public record Flavor(UUID id, @Size(max = 63) String name) implements Identified<Flavor> {

	@Override
	public Flavor withId(UUID id) {
		return new Flavor(id, this.name);
	}

}
