package io.ormdantic.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ormdantic.Connections;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statement timeouts on the server: a read of a view that sleeps {@value #SLEEP_MS} ms per row is stopped by the
 * server once its timeout has passed, the operation fails with Spring's {@link QueryTimeoutException}, and the
 * connection goes back with the timeout it had, so the next operation on it is not cut short.
 */
abstract class TimeoutSuite extends IntegrationSuite {

	private static final int SLEEP_MS = 1;

	/** Rows enough that H2, which looks at its timeout every 128 rows or so, sees it. */
	private static final int ROWS = 2_000;

	private static final Duration SHORT = Duration.ofMillis(400);

	/** An item. */
	@Table(name = "it_timeout_item", pk = "id")
	record Item(UUID id, int n) {
	}

	/** The items, read through a view that sleeps per row; no schema step creates it as a table. */
	@Table(name = "it_timeout_slow", pk = "id")
	record SlowItem(UUID id, int n) {
	}

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Item.class };
	}

	@BeforeEach
	void createSlowView() {
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			items.add(new Item(null, i));
		}
		blockList(table(Item.class).insertAll(items));
		execute(this.url, slowView(this.database.dialectName()));
	}

	/** The view goes before the suite's tables are dropped again, which it depends on. */
	@AfterEach
	void dropSlowView() {
		execute(this.url, List.of("DROP VIEW IF EXISTS " + ("H2".equals(this.database.dialectName()) ? "\"it_timeout_slow\"" : "it_timeout_slow")));
	}

	@Test
	void queryTimeoutStopsASlowReadOnTheServer() {
		TableOperations<SlowItem> slow = buildWith(SlowItem.class, Item.class).table(SlowItem.class);
		assertThatThrownBy(() -> slow.findMany(Query.all().timeout(SHORT)).block(TIMEOUT))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessageContaining("findMany of SlowItem")
			// the server's own error, not the client's deadline: the server stopped the statement
			.satisfies(failure -> assertThat(serverError(failure)).isTrue());
		assertThatThrownBy(() -> blockList(slow.stream(Query.all().timeout(SHORT))))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessageContaining("stream of SlowItem");
		assertThatThrownBy(() -> slow.count(Query.all().timeout(SHORT)).block(TIMEOUT))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessageContaining("count of SlowItem");
		assertThat(block(table(Item.class).count())).isEqualTo(ROWS);
	}

	@Test
	void engineTimeoutStopsASlowReadAndLeavesTheConnectionUsable() {
		Ormdantic timed = build(options -> options.statementTimeout(SHORT).poolSize(1));
		timed.register(SlowItem.class);
		assertThatThrownBy(() -> timed.table(SlowItem.class).count().block(TIMEOUT))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessageContaining("count of SlowItem")
			.hasMessageContaining(SHORT.toString());
		// the pool's one connection answers the next operation
		assertThat(block(timed.table(Item.class).count())).isEqualTo(ROWS);
		assertThat(block(timed.table(Item.class).insert(new Item(null, -1))).n()).isEqualTo(-1);
	}

	@Test
	void aQuerysTimeoutIsUndoneBeforeItsConnectionGoesBack() {
		Ormdantic single = build(options -> options.poolSize(1));
		single.register(SlowItem.class);
		assertThat(data(single.table(Item.class).findMany(Query.all().timeout(SHORT)))).hasSize(ROWS);
		// The same, only, connection without a timeout: the slow read runs to its end.
		assertThat(block(single.table(SlowItem.class).count())).isEqualTo(ROWS);
		// MariaDB hands the count on before its result has ended: the connection goes back just after.
		ConnectionPool pool = (ConnectionPool) single.connectionFactory();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (pool.getMetrics().orElseThrow().acquiredSize() > 0 && System.nanoTime() < deadline) {
			Mono.delay(Duration.ofMillis(20)).block();
		}
		assertThat(pool.getMetrics().orElseThrow().acquiredSize()).isZero();
	}

	private static boolean serverError(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcException) {
				return true;
			}
		}
		return false;
	}

	/** A view of the items that sleeps per row, stopped between rows once the session's timeout has passed. */
	private static List<String> slowView(String dialect) {
		String seconds = String.valueOf(SLEEP_MS / 1000.0);
		return switch (dialect) {
			case "PostgreSQL" -> List.of("DROP VIEW IF EXISTS it_timeout_slow", "CREATE VIEW it_timeout_slow AS SELECT i.id, i.n "
					+ "FROM it_timeout_item i CROSS JOIN LATERAL pg_sleep(" + seconds + " + i.n * 0) s");
			case "MySQL" -> List.of("DROP VIEW IF EXISTS it_timeout_slow", "CREATE VIEW it_timeout_slow AS SELECT id, n "
					+ "FROM it_timeout_item WHERE SLEEP(" + seconds + ") = 0");
			default -> List.of("DROP VIEW IF EXISTS \"it_timeout_slow\"",
					"CREATE ALIAS IF NOT EXISTS it_sleep FOR 'java.lang.Thread.sleep(long)'",
					// H2 folds unquoted names to upper case; Ormdantic's names are quoted, as written.
					"CREATE VIEW \"it_timeout_slow\" AS SELECT \"id\", \"n\" FROM \"it_timeout_item\" WHERE it_sleep(" + SLEEP_MS
							+ ") IS NULL");
		};
	}

	private static void execute(String url, List<String> statements) {
		Mono.usingWhen(Mono.from(Connections.unpooled(url).create()),
				connection -> Flux.fromIterable(statements)
					.concatMap(sql -> Flux.from(connection.createStatement(sql).execute()).concatMap(result -> result.getRowsUpdated()))
					.then(),
				Connection::close)
			.block(TIMEOUT);
	}
}
