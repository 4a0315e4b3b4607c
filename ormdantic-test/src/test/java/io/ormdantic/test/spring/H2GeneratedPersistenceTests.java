package io.ormdantic.test.spring;

/** Persisted generated models in the starter's embedded H2 database (no connection configured). */
class H2GeneratedPersistenceTests extends AbstractGeneratedPersistenceTests {
}
