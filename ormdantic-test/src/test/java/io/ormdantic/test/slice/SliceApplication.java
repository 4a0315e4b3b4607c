package io.ormdantic.test.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find: its models, a service and a controller the slice leaves out. */
@SpringBootApplication
public class SliceApplication {
}
