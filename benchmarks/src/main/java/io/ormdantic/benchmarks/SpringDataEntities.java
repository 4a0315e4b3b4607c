package io.ormdantic.benchmarks;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Spring Data R2DBC's own entities on the benchmark tables. Spring Data has no relations, so a relation is the
 * related key as a plain {@code UUID} column, as Spring Data users declare it.
 * <p>
 * Every column is named: Spring Data upper-cases derived names for H2, while Ormdantic created them quoted in lower
 * case, as H2 users of Spring Data with such tables name them too.
 */
public final class SpringDataEntities {

	private SpringDataEntities() {
	}

	/** A row of {@code bench_flavor}. */
	@Table("bench_flavor")
	public record FlavorEntity(@Id @Column("id") UUID id, @Column("name") String name) {
	}

	/** A row of {@code bench_coffee}; {@code flavor} is the key of its flavor. */
	@Table("bench_coffee")
	public record CoffeeEntity(@Id @Column("id") UUID id, @Column("sweetener") String sweetener,
			@Column("sweetener_count") Integer sweetenerCount, @Column("flavor") UUID flavor) {
	}

	/** A row of {@code bench_parent}. */
	@Table("bench_parent")
	public record ParentEntity(@Id @Column("id") UUID id, @Column("name") String name) {
	}

	/** A row of {@code bench_child}; {@code parent} is the key of its parent. */
	@Table("bench_child")
	public record ChildEntity(@Id @Column("id") UUID id, @Column("name") String name, @Column("parent") UUID parent) {
	}

	/** A row of {@code bench_note}. */
	@Table("bench_note")
	public record NoteEntity(@Id @Column("id") UUID id, @Column("text") String text, @Column("rating") Integer rating) {
	}

	/**
	 * A row of {@code bench_account}, versioned with Spring Data's own {@code @Version}: its {@code update} sets the
	 * next version under a {@code WHERE} on the current one and fails when no row matched.
	 */
	@Table("bench_account")
	public record AccountEntity(@Id @Column("id") UUID id, @Column("owner") String owner,
			@Column("balance") long balance, @Version @Column("version") long version) {
	}
}
