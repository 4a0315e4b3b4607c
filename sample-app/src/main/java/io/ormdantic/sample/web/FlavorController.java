package io.ormdantic.sample.web;

import io.ormdantic.TableOperations;
import io.ormdantic.sample.model.Flavor;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Flavors at {@code /flavors}. */
@RestController
@RequestMapping("/flavors")
public class FlavorController extends ModelController<Flavor> {

	/** Serves the flavor table injected by generic type. */
	public FlavorController(TableOperations<Flavor> flavors) {
		super(flavors);
	}

}
