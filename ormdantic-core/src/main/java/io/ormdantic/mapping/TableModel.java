package io.ormdantic.mapping;

/** Stub. */
public final class TableModel { }
