package io.ormdantic.boot.migrated;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A bean from a roaster, in tables that the committed Flyway script {@code V1__boot_migrated_models.sql} creates (see
 * {@link MigratedRoaster}).
 *
 * @param id       the key
 * @param origin   an indexed origin
 * @param altitude a number
 * @param roaster  the roaster, a foreign key
 */
@Table(name = "boot_migrated_bean", pk = "id", indexed = "origin")
public record MigratedBean(UUID id, @Size(max = 63) String origin, Integer altitude, MigratedRoaster roaster) {
}
