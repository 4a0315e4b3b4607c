package io.ormdantic.dialect;

/** Stub. */
public interface Dialect { String name(); }
