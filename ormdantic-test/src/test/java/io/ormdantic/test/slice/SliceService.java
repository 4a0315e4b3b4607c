package io.ormdantic.test.slice;

import org.springframework.stereotype.Service;

/** A service of the application, which an Ormdantic slice does not load. */
@Service
public class SliceService {
}
