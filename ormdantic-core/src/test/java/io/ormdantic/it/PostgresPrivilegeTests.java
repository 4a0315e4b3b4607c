package io.ormdantic.it;

import java.time.Duration;
import java.util.UUID;

import io.ormdantic.Ormdantic;
import io.ormdantic.OrmdanticException;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import io.ormdantic.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog the database user may not read: PostgreSQL hides such a table from information_schema, so without a
 * check it would look missing and the diff would propose to create it. The diff fails naming the table instead.
 */
class PostgresPrivilegeTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** A table owned by the suite's user, not readable by the other one. */
	@Table(name = "it_secret", pk = "id")
	record Secret(UUID id, String name) {
	}

	@Test
	void aTableTheUserMayNotReadFailsTheDiffNamingTheTable() {
		String url = TestDatabase.POSTGRES.url();
		try (Ormdantic owner = Ormdantic.builder(url).models(Secret.class).schema(SchemaMode.DROP_CREATE).build()) {
			owner.schemaReady().block(TIMEOUT);
			run(owner, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ormdantic_reader') "
					+ "THEN CREATE ROLE ormdantic_reader LOGIN; END IF; END $$");
			run(owner, "REVOKE ALL ON it_secret FROM ormdantic_reader");
			String readerUrl = url.replaceFirst("//[^@/]+@", "//ormdantic_reader@");
			assertThat(readerUrl).contains("ormdantic_reader@");
			try (Ormdantic reader = Ormdantic.builder(readerUrl).models(Secret.class).build()) {
				StepVerifier.create(reader.schemaDiff())
					.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(OrmdanticException.class)
						.hasMessageContaining("it_secret")
						.hasMessageContaining("Secret")
						.hasMessageContaining("may not read"))
					.verify(TIMEOUT);
			}
			assertThat(owner.schemaDiff().block(TIMEOUT).isEmpty()).isTrue();
		}
	}

	private static void run(Ormdantic database, String sql) {
		Mono.from(database.connectionFactory().create())
			.flatMapMany(connection -> Flux.from(connection.createStatement(sql).execute())
				.flatMap(result -> result.getRowsUpdated())
				.concatWith(Mono.from(connection.close()).then(Mono.empty())))
			.blockLast(TIMEOUT);
	}
}
