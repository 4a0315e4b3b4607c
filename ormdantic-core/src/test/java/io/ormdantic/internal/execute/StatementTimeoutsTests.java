package io.ormdantic.internal.execute;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.testsupport.StatementCounter;
import io.r2dbc.pool.ConnectionPool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What statement timeouts cost on a pool the caller owns (H2, whose timeout is a statement that can be counted): the
 * engine's timeout is set once per connection, not per operation; a query's own is set, then set back.
 */
class StatementTimeoutsTests {

	/** A row. */
	@Table(name = "timeouts_row", pk = "id")
	record Row(UUID id, int n) {
	}

	@Test
	void theEnginesTimeoutIsSetOncePerConnectionAndAQuerysOwnIsSetBack() {
		ConnectionPool pool = Connections.pooled("r2dbc:h2:mem:///timeouts" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 1);
		StatementCounter statements = new StatementCounter(pool);
		try (Ormdantic database = Ormdantic.builder(statements).models(Row.class).schema(SchemaMode.CREATE)
			.statementTimeout(Duration.ofSeconds(5))
			.build()) {
			database.table(Row.class).count().block();
			database.table(Row.class).count().block();
			database.table(Row.class).findMany(Query.all()).block();
			assertThat(timeouts(statements)).containsExactly("SET QUERY_TIMEOUT 5000");
			statements.reset();
			database.table(Row.class).count(Query.all().timeout(Duration.ofSeconds(1))).block();
			database.table(Row.class).count().block();
			assertThat(timeouts(statements)).containsExactly("SET QUERY_TIMEOUT 1000", "SET QUERY_TIMEOUT 5000");
		}
		finally {
			pool.dispose();
		}
	}

	private static List<String> timeouts(StatementCounter statements) {
		return statements.statements().stream().filter(sql -> sql.startsWith("SET QUERY_TIMEOUT")).toList();
	}
}
