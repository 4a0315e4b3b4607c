package io.ormdantic.boot.badmodels;

import java.util.UUID;

import io.ormdantic.Table;

/** Names a primary key field that does not exist, which registration must reject. */
@Table(name = "boot_primary_keyless", pk = "missing")
public record PrimaryKeyless(UUID id, String name) {
}
