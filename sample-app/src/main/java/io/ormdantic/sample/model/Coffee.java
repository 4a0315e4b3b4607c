package io.ormdantic.sample.model;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A coffee on the menu. Its flavor is a relation: stored as the flavor's key, loaded whole with {@code depth=1}.
 *
 * @param id the primary key; generated when null
 * @param sweetener what sweetens it, such as {@code sugar}
 * @param sweetenerCount how many portions of sweetener
 * @param flavor the flavor, given as {@code {"id": "..."}} when writing
 */
@Table(pk = "id")
public record Coffee(UUID id, @Size(max = 63) String sweetener, Integer sweetenerCount, Flavor flavor)
		implements Identified<Coffee> {

	@Override
	public Coffee withId(UUID id) {
		return new Coffee(id, this.sweetener, this.sweetenerCount, this.flavor);
	}

}
