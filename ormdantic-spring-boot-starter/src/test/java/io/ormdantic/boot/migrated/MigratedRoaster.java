package io.ormdantic.boot.migrated;

import java.util.UUID;

import io.ormdantic.Table;
import jakarta.validation.constraints.Size;

/**
 * A roaster, in tables that the committed Flyway script {@code V1__boot_migrated_models.sql} creates. Changing this
 * model breaks the test that keeps that script equal to {@code SchemaDiff.toSql()}: add a new model instead.
 *
 * @param id   the key
 * @param name a unique name
 */
@Table(name = "boot_migrated_roaster", pk = "id", unique = "name")
public record MigratedRoaster(UUID id, @Size(max = 63) String name) {
}
