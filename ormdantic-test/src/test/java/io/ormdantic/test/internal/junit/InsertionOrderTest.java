package io.ormdantic.test.internal.junit;

import java.util.UUID;

import io.ormdantic.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows are ordered by the relations the engine stores, read from the fields as core's metadata reads them. */
class InsertionOrderTest {

	@Test
	void referencedModelsComeFirstAsTheEngineReadsThem() {
		Origin origin = new Origin(UUID.randomUUID());
		Blend blend = new Blend(UUID.randomUUID(), origin);
		Cup cup = new Cup(UUID.randomUUID(), blend);
		assertThat(InsertionOrder.of(cup)).containsExactly(origin, blend, cup);
	}

	@Test
	void aModelReachedTwiceIsInsertedOnce() {
		Origin origin = new Origin(UUID.randomUUID());
		Pairing pairing = new Pairing(UUID.randomUUID(), origin, origin);
		assertThat(InsertionOrder.of(pairing)).containsExactly(origin, pairing);
	}

	@Table(pk = "id")
	record Origin(UUID id) {
	}

	@Table(pk = "id")
	record Blend(UUID id, Origin origin) {
	}

	/** Its accessor does not return the stored blend; the engine inserts the field, so the blend must come first. */
	@Table(pk = "id")
	record Cup(UUID id, Blend blend) {

		@Override
		public Blend blend() {
			return null;
		}
	}

	@Table(pk = "id")
	record Pairing(UUID id, Origin first, Origin second) {
	}
}
