package io.ormdantic.internal.execute;

import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.ormdantic.Ormdantic;
import io.ormdantic.SchemaMode;
import io.ormdantic.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The logger {@code io.ormdantic.sql}: statements at DEBUG with bind count and time, bind values only at TRACE. */
class SqlLogTests {

	/** A secret. */
	@Table(name = "sql_log_secret", pk = "id")
	record Secret(UUID id, String text) {
	}

	private final Logger logger = (Logger) LoggerFactory.getLogger("io.ormdantic.sql");

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	private Ormdantic database;

	@BeforeEach
	void open() {
		this.lines.start();
		this.logger.addAppender(this.lines);
		this.database = Ormdantic.builder("r2dbc:h2:mem:///sqllog" + UUID.randomUUID()).models(Secret.class)
			.schema(SchemaMode.CREATE).build();
		this.database.schemaReady().block();
	}

	@AfterEach
	void close() {
		this.logger.detachAppender(this.lines);
		this.logger.setLevel(null);
		this.database.close();
	}

	@Test
	void offByDefaultNothingIsLogged() {
		this.logger.setLevel(Level.INFO);
		this.database.table(Secret.class).insert(new Secret(null, "hunter2")).block();
		assertThat(this.lines.list).isEmpty();
	}

	@Test
	void atDebugEachStatementIsLoggedWithItsBindCountButNoValues() {
		this.logger.setLevel(Level.DEBUG);
		this.database.table(Secret.class).insert(new Secret(null, "hunter2")).block();
		this.database.table(Secret.class).count().block();
		List<String> messages = this.lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0)).startsWith("INSERT INTO").contains("[2 binds, ").contains(" µs").doesNotContain("hunter2");
		assertThat(messages.get(1)).startsWith("SELECT COUNT(*)").contains("[0 binds, ").contains("1 rows");
		assertThat(this.lines.list).allMatch(line -> line.getLevel() == Level.DEBUG);
	}

	@Test
	void atTraceTheBindValuesAreLoggedToo() {
		this.logger.setLevel(Level.TRACE);
		this.database.table(Secret.class).insert(new Secret(null, "hunter2")).block();
		assertThat(this.lines.list).singleElement().satisfies(line -> {
			assertThat(line.getLevel()).isEqualTo(Level.TRACE);
			assertThat(line.getFormattedMessage()).contains("values [").contains("hunter2");
		});
	}
}
