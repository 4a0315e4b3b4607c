package io.ormdantic.test.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the persistence tests: the starter registers the @Table models of this package. */
@SpringBootApplication
public class GeneratorTestApplication {
}
