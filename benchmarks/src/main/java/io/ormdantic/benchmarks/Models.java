package io.ormdantic.benchmarks;

import java.util.List;
import java.util.UUID;

import io.ormdantic.BackReference;
import io.ormdantic.Table;
import io.ormdantic.Version;
import jakarta.validation.constraints.Size;

/**
 * The Ormdantic models of the benchmark tables. Hand-written code returns these same records, so its answers can
 * be compared with Ormdantic's by {@code equals}; Spring Data maps the same tables to {@link SpringDataEntities}.
 */
public final class Models {

	private Models() {
	}

	/** A flavor: the target of the to-one relation. */
	@Table(name = "bench_flavor", pk = "id")
	public record Flavor(UUID id, @Size(max = 63) String name) {
	}

	/** A coffee with a to-one relation to its flavor. */
	@Table(name = "bench_coffee", pk = "id")
	public record Coffee(UUID id, @Size(max = 63) String sweetener, Integer sweetenerCount, Flavor flavor) {
	}

	/** A parent with its children as a back reference. */
	@Table(name = "bench_parent", pk = "id", backReferences = @BackReference(field = "children", mappedBy = "parent"))
	public record Parent(UUID id, @Size(max = 63) String name, List<Child> children) {
	}

	/** A child referencing its parent; indexed on the parent, as the children of a page are looked up by it. */
	@Table(name = "bench_child", pk = "id", indexed = "parent")
	public record Child(UUID id, @Size(max = 63) String name, Parent parent) {
	}

	/** The table the write benchmarks insert into and empty again. */
	@Table(name = "bench_note", pk = "id")
	public record Note(UUID id, @Size(max = 255) String text, Integer rating) {
	}

	/**
	 * An account with an optimistic-locking version: the row a versioned update changes only while it still holds the
	 * version the update expects, counting the version up in the same statement.
	 */
	@Table(name = "bench_account", pk = "id")
	public record Account(UUID id, @Size(max = 63) String owner, long balance, @Version long version) {
	}
}
