package io.ormdantic.sample.web;

import java.util.List;
import java.util.Map;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.InvalidValueException;
import io.ormdantic.RowNotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers every error as an RFC 9457 problem detail with a status that says whose fault it was; database and
 * internal messages stay in the log, never in the response. A stale version (optimistic locking) is
 * {@code 409 Conflict}, whether or not the request carried {@code If-Match}: see {@link #staleVersion}.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	/** An invalid body: {@code 400} listing each field and what is wrong with it. */
	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail("The request body has " + ex.getErrorCount() + " invalid field(s).");
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	/** A query naming an unknown field or a negative limit, or a value breaking its column's rule: {@code 400}. */
	@ExceptionHandler({ InvalidQueryException.class, InvalidValueException.class })
	public Mono<ResponseEntity<ProblemDetail>> badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** An update of a row that does not exist: {@code 404}. */
	@ExceptionHandler(RowNotFoundException.class)
	public Mono<ResponseEntity<ProblemDetail>> notFound(RowNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** A key that is already taken: {@code 409}. */
	@ExceptionHandler(DuplicateKeyException.class)
	public Mono<ResponseEntity<ProblemDetail>> duplicate(DuplicateKeyException ex) {
		logger.debug("Duplicate key", ex);
		return problem(HttpStatus.CONFLICT, "A row with this key already exists.");
	}

	/**
	 * A stale version: another writer changed the row since the client read it. That is {@code 409 Conflict}
	 * for every stale version, never {@code 412 Precondition Failed}: the same conflict arises with an
	 * {@code If-Match} naming an old version and without any {@code If-Match} (when another write lands between
	 * the read of the current version and the update), and a client handles both alike: read the row again (its
	 * {@code GET} answers the current {@code ETag}) and retry. The detail names the model, never the row's key or
	 * versions.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	public Mono<ResponseEntity<ProblemDetail>> staleVersion(OptimisticLockingFailureException ex,
			HandlerMethod handler) {
		logger.debug("Stale version", ex);
		String model = (handler.getBean() instanceof ModelController<?> controller) ? controller.name() : "row";
		return problem(HttpStatus.CONFLICT, "The " + model
				+ " was changed by someone else since you read it. Read it again (its ETag is the current version)"
				+ " and retry with that ETag in If-Match.");
	}

	/** Another constraint of the stored data, such as a reference to a missing row: {@code 409}. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	public Mono<ResponseEntity<ProblemDetail>> conflict(DataIntegrityViolationException ex) {
		logger.debug("Data integrity violation", ex);
		return problem(HttpStatus.CONFLICT,
				"The request conflicts with the stored data (a duplicate value or a reference to a missing row).");
	}

	/** Anything else is our fault: {@code 500}, without the exception's message or stack trace. */
	@ExceptionHandler(Exception.class)
	public Mono<ResponseEntity<ProblemDetail>> unexpected(Exception ex) {
		logger.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
	}

	private static Mono<ResponseEntity<ProblemDetail>> problem(HttpStatus status, String detail) {
		return Mono.just(ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build());
	}

}
