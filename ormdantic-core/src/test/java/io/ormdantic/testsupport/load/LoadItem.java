package io.ormdantic.testsupport.load;

import java.util.UUID;

import io.ormdantic.Table;

/**
 * The row every load writes and reads: the issue's {@code Item(UUID id, int n)} with a text that each write changes,
 * so that the {@link Ledger} can tell which write a row holds.
 *
 * @param id   the key; null on insert, for Ormdantic to generate
 * @param n    a number: at or above 0 for the rows a load only reads, below 0 for the ones it writes over
 * @param text what the last write set
 */
@Table(name = "load_item", pk = "id")
public record LoadItem(UUID id, int n, String text) {
}
