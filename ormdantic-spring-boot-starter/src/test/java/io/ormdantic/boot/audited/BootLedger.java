package io.ormdantic.boot.audited;

import java.time.Instant;
import java.util.UUID;

import io.ormdantic.CreatedAt;
import io.ormdantic.Table;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;

/**
 * A versioned, audited model, for the application's {@code Clock}.
 *
 * @param id the key
 * @param note a value
 * @param version the version
 * @param created the creation time
 * @param updated the time of the last write
 */
@Table(name = "boot_ledger", pk = "id")
public record BootLedger(UUID id, String note, @Version Long version, @CreatedAt Instant created,
		@UpdatedAt Instant updated) {

}
