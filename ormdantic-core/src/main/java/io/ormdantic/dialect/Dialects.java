package io.ormdantic.dialect;

import io.r2dbc.spi.ConnectionFactory;

/** Stub. */
public final class Dialects { public static Dialect of(ConnectionFactory cf) { return () -> cf.getMetadata().getName(); } }
