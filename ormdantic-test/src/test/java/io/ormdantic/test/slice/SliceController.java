package io.ormdantic.test.slice;

import org.springframework.stereotype.Controller;

/** A controller of the application, which an Ormdantic slice does not load. */
@Controller
public class SliceController {
}
