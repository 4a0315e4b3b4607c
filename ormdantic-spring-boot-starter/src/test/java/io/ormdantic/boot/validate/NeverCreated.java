package io.ormdantic.boot.validate;

import java.util.UUID;

import io.ormdantic.Table;

/** A model whose table no test creates, so that validation always finds it missing. */
@Table(name = "boot_never_created", pk = "id")
public record NeverCreated(UUID id, String label) {
}
