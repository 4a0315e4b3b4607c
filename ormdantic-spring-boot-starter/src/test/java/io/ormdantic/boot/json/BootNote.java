package io.ormdantic.boot.json;

import java.util.Map;
import java.util.UUID;

import io.ormdantic.Table;

/**
 * A model with a JSON column, for the application's JSON mapper.
 *
 * @param id the key
 * @param details a JSON value
 */
@Table(name = "boot_note", pk = "id")
public record BootNote(UUID id, Map<String, Detail> details) {

	/**
	 * A JSON value whose property name changes with the mapper's naming strategy.
	 *
	 * @param someName a name
	 */
	public record Detail(String someName) {
	}

}
