package io.ormdantic.sample.web;

import io.ormdantic.TableOperations;
import io.ormdantic.sample.model.Coffee;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coffees at {@code /coffees}; {@code ?depth=1} loads each coffee's flavor. */
@RestController
@RequestMapping("/coffees")
public class CoffeeController extends ModelController<Coffee> {

	/** Serves the coffee table injected by generic type. */
	public CoffeeController(TableOperations<Coffee> coffees) {
		super(coffees);
	}

}
