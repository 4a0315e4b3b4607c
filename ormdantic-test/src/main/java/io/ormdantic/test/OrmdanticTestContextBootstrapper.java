package io.ormdantic.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Reads {@link OrmdanticTest#properties()} into the test context, as Boot's slices do. */
class OrmdanticTestContextBootstrapper extends TestSliceTestContextBootstrapper<OrmdanticTest> {

}
