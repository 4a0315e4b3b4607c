package io.ormdantic.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A coffee-shop REST service on the Ormdantic starter. Runs on an embedded H2 database unless
 * {@code ormdantic.connection} (or the environment variable {@code ORMDANTIC_CONNECTION}) names another.
 */
@SpringBootApplication
public class CoffeeShopApplication {

	/** Starts the service. */
	public static void main(String[] args) {
		SpringApplication.run(CoffeeShopApplication.class, args);
	}

}
