package io.ormdantic.it;

import java.util.List;
import java.util.UUID;

import io.ormdantic.BackReference;
import io.ormdantic.Table;
import io.ormdantic.Unique;
import io.ormdantic.it.CoffeeShop.Flavor;

/** Models that break one table restriction each; registering them must fail and name the model and field. */
public final class Misfits {

	private Misfits() {
	}

	/** A field type no column can hold. */
	@Table(name = "it_bad_thread", pk = "id")
	public record WithThread(UUID id, Thread worker) {
	}

	/** The key is not the first component. */
	@Table(name = "it_bad_key_second", pk = "id")
	public record KeySecond(String name, UUID id) {
	}

	/** {@code pk} names no field. */
	@Table(name = "it_bad_no_key", pk = "code")
	public record MissingKey(UUID id, String name) {
	}

	/** {@code indexed} names no field. */
	@Table(name = "it_bad_index", pk = "id", indexed = "colour")
	public record UnknownIndex(UUID id, String name) {
	}

	/** {@code unique} names no field. */
	@Table(name = "it_bad_unique", pk = "id", unique = "colour")
	public record UnknownUnique(UUID id, String name) {
	}

	/** A composite unique constraint names no field. */
	@Table(name = "it_bad_constraint", pk = "id", uniqueConstraints = @Unique({ "name", "colour" }))
	public record UnknownConstraintField(UUID id, String name) {
	}

	/** A list of a registered model that is not declared as a back reference. */
	@Table(name = "it_bad_list", pk = "id")
	public record UndeclaredList(UUID id, List<Flavor> flavors) {
	}

	/** A back reference whose {@code mappedBy} field is typed with another model. */
	@Table(name = "it_bad_basket", pk = "id", backReferences = @BackReference(field = "items", mappedBy = "owner"))
	public record Basket(UUID id, List<Item> items) {
	}

	/** Its {@code owner} references a flavor, not a basket. */
	@Table(name = "it_bad_item", pk = "id")
	public record Item(UUID id, Flavor owner) {
	}

	/** A back reference naming a field the model does not have. */
	@Table(name = "it_bad_crate", pk = "id", backReferences = @BackReference(field = "bottles", mappedBy = "crate"))
	public record Crate(UUID id, String label) {
	}

	/** A plain class without a no-arg constructor. */
	@Table(name = "it_bad_class", pk = "id")
	public static class NoDefaultConstructor {

		private final UUID id;

		/** The only constructor takes the key. */
		public NoDefaultConstructor(UUID id) {
			this.id = id;
		}

		/** The key. */
		public UUID getId() {
			return this.id;
		}
	}
}
