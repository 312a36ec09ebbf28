package org.synergies.system.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RejectedUploadException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.TooManyRequestsException;
import org.synergies.system.ApiTokenAuthentication;
import org.synergies.system.database.DatabaseUnavailable;

/**
 * Every API error is an RFC 9457 problem whose title and detail are in the caller's
 * language (Accept-Language). A validation problem lists every offending field in
 * {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final AuthenticationTrustResolver ANONYMOUS = new AuthenticationTrustResolverImpl();

	private final MessageSource messages;

	private final long maxUploadMegabytes;

	ApiProblems(MessageSource messages, @Value("${synergies.files.max-size:10MB}") DataSize maxUpload) {
		this.messages = messages;
		this.maxUploadMegabytes = maxUpload.toMegabytes();
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException exception) {
		return problem(HttpStatus.NOT_FOUND, "not-found", message("problem.not-found.detail"));
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolated(RuleViolationException exception) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violated",
				message(exception.messageKey(), exception.arguments()));
		problem.setProperty("rule", exception.messageKey());
		return problem;
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException exception) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				message(exception.messageKey(), exception.arguments()));
		problem.setProperty("rule", exception.messageKey());
		long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	@ExceptionHandler(RejectedUploadException.class)
	ProblemDetail uploadRejected(RejectedUploadException exception) {
		HttpStatus status = switch (exception.reason()) {
			case CONTENT -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case SCANNER_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		ProblemDetail problem = problem(status, "upload-rejected",
				message(exception.messageKey(), exception.arguments()));
		problem.setProperty("rule", exception.messageKey());
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException exception) {
		List<Map<String, String>> errors = exception.problems()
			.stream()
			.map(problem -> Map.of("field", problem.field(), "rule", problem.messageKey(), "message",
					message(problem.messageKey(), problem.arguments())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation",
				message("problem.validation.detail", errors.size()));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleEdit(OptimisticLockingFailureException exception) {
		return problem(HttpStatus.CONFLICT, "conflict", message("error.conflict.stale"));
	}

	/**
	 * Refused: 403 for a signed-in caller; 401 with a Bearer challenge for an anonymous
	 * one (a public path whose resource turned out not to be public, e.g. an unpublished
	 * report).
	 */
	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException exception) {
		if (ANONYMOUS.isAnonymous(SecurityContextHolder.getContext().getAuthentication())) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, ApiTokenAuthentication.CHALLENGE)
				.body(problem(HttpStatus.UNAUTHORIZED, "unauthorized", message("problem.unauthorized.detail")));
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problem(HttpStatus.FORBIDDEN, "forbidden", message("problem.forbidden.detail")));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException exception) {
		return problem(HttpStatus.BAD_REQUEST, "bad-request", message("problem.bad-request.detail"));
	}

	/**
	 * Anything else is a fault of ours: logged with the request, answered without its
	 * details. A database out of reach is not: 503, try again later (the transaction
	 * rolled back), as {@link DatabaseOutages} answers when it shows before any
	 * controller.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
		if (DatabaseUnavailable.causedBy(exception)) {
			DatabaseUnavailable.report(request.getMethod() + " " + request.getRequestURI(), exception);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", message("problem.unavailable.detail")));
		}
		logger.error("API request " + request.getMethod() + " " + request.getRequestURI() + " failed", exception);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("problem.status.500.detail")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (ObjectError error : exception.getBindingResult().getAllErrors()) {
			String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
			errors.add(Map.of("field", field, "message", this.messages.getMessage(error, locale())));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation",
				message("problem.validation.detail", errors.size()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		exception.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(Map.of("field", result.getMethodParameter().getParameterName(), "message",
						this.messages.getMessage(error, locale())))));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation",
				message("problem.validation.detail", errors.size()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
			MaxUploadSizeExceededException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "upload-rejected",
				message("files.rule.too-large", this.maxUploadMegabytes));
		problem.setProperty("rule", "files.rule.too-large");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	/**
	 * Framework-detected errors (unreadable body, wrong method, …) get a translated
	 * title.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			String key = "problem.status." + statusCode.value();
			problem.setTitle(this.messages.getMessage(key, null, problem.getTitle(), locale()));
			if (statusCode.value() == 400 && problem.getProperties() == null) {
				problem.setDetail(message("problem.bad-request.detail"));
			}
			else if (statusCode.value() != 400) {
				problem.setDetail(this.messages.getMessage(key + ".detail", null, problem.getDetail(), locale()));
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:synergies:problem:" + code));
		problem.setTitle(message("problem." + code + ".title"));
		return problem;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
