package io.ormdantic.it;

import org.junit.jupiter.api.Nested;

/**
 * Every integration suite, once: a per-database class ({@link H2Tests}, {@link MariaDbTests},
 * {@link PostgresTests}) extends this class and so runs each nested suite on its database.
 */
abstract class EverySuite {

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

	@Nested
	class TypeMapping extends TypeSuite {
	}

	@Nested
	class Batches extends BatchSuite {
	}

	@Nested
	class Schema extends SchemaSuite {
	}

	@Nested
	class Definitions extends DefinitionSuite {
	}

	@Nested
	class BadInput extends BadInputSuite {
	}

	@Nested
	class Locking extends LockingSuite {
	}

	@Nested
	class Evolution extends EvolutionSuite {
	}

	@Nested
	class Cancellation extends CancellationSuite {
	}

	@Nested
	class Timeouts extends TimeoutSuite {
	}

	@Nested
	class Observations extends ObservationSuite {
	}
}
