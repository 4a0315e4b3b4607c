package io.ormdantic.sample.model;

import java.util.UUID;

/**
 * A model with a UUID primary key that can be copied with another key, so that one controller serves every
 * model.
 *
 * @param <T> the model type
 */
public interface Identified<T> {

	/** The primary key, or null before the row is stored. */
	UUID id();

	/** A copy of this model with the given primary key. */
	T withId(UUID id);

}
