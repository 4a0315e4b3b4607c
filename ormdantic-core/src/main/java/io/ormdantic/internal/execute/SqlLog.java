package io.ormdantic.internal.execute;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.ormdantic.internal.sql.SqlStatement;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The logger {@code io.ormdantic.sql}: each statement at DEBUG once it has ended, with its bind count, time, rows and
 * how it ended; its bind values only at TRACE, as they may hold personal data. Off, it costs one level check.
 */
final class SqlLog {

	private static final Log logger = LogFactory.getLog("io.ormdantic.sql");

	private SqlLog() {
	}

	/** The statement's rows, logged once they have ended. */
	static <T> Flux<T> logged(SqlStatement statement, Flux<T> run) {
		if (!logger.isDebugEnabled()) {
			return run;
		}
		return Flux.defer(() -> {
			long start = System.nanoTime();
			AtomicLong rows = new AtomicLong();
			// Logged before the end reaches the caller (doFinally would run after it), so a line is never late.
			return run.doOnNext(row -> rows.incrementAndGet())
				.doOnComplete(() -> log(statement, start, rows.get() + " rows", "complete"))
				.doOnError(failure -> log(statement, start, rows.get() + " rows", "failed: " + failure))
				.doOnCancel(() -> log(statement, start, rows.get() + " rows", "cancelled"));
		});
	}

	/** The statement's single outcome (a count of changed rows, a key), logged once it has ended. */
	static <T> Mono<T> logged(SqlStatement statement, Mono<T> run) {
		if (!logger.isDebugEnabled()) {
			return run;
		}
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return run.doOnSuccess(value -> log(statement, start, "", "complete"))
				.doOnError(failure -> log(statement, start, "", "failed: " + failure))
				.doOnCancel(() -> log(statement, start, "", "cancelled"));
		});
	}

	private static void log(SqlStatement statement, long start, String rows, String end) {
		StringBuilder line = new StringBuilder(statement.sql()).append(" [").append(statement.parameters().size())
			.append(" binds, ").append((System.nanoTime() - start) / 1_000).append(" µs");
		if (!rows.isEmpty()) {
			line.append(", ").append(rows);
		}
		line.append(", ").append(end).append(']');
		if (logger.isTraceEnabled()) {
			logger.trace(line.append(" values ").append(statement.parameters().stream().map(SqlLog::value)
				.collect(Collectors.joining(", ", "[", "]"))));
		}
		else {
			logger.debug(line);
		}
	}

	private static String value(Parameter parameter) {
		Object value = parameter.getValue();
		return (value == null) ? "NULL" : String.valueOf(value);
	}
}
