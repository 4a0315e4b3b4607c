package io.ormdantic.test.spring;

import java.time.Instant;
import java.util.UUID;

import io.ormdantic.CreatedAt;
import io.ormdantic.Table;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import jakarta.validation.constraints.Size;

/** A versioned, audited table with a relation to a versioned {@link Branch}, inserted first. */
@Table(name = "generated_account", pk = "id")
public record Account(UUID id, @Size(max = 40) String owner, long balance, Branch branch, @Version Long version,
		@CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt) {

	/** This account holding {@code newBalance}, its version unchanged. */
	public Account withBalance(long newBalance) {
		return new Account(this.id, this.owner, newBalance, this.branch, this.version, this.createdAt, this.updatedAt);
	}
}
