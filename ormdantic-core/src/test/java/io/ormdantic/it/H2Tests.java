package io.ormdantic.it;

import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Nested;

/** The integration suites on H2; see {@link TestDatabase} for where the database comes from. */
@OnDatabase(TestDatabase.H2)
class H2Tests {

	@Nested
	class Crud extends CrudSuite {
	}

	@Nested
	class Queries extends QuerySuite {
	}

	@Nested
	class Relations extends RelationSuite {
	}

	@Nested
	class Graphs extends GraphSuite {
	}
}
