package org.synergies.system.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API request that reaches no controller (an unknown address, a method the address
 * does not take) gets the same RFC 9457 problem, in the caller's language, as one a
 * controller refuses; without this, Spring Boot's error page would answer in its own
 * format. Page requests are left to the error pages.
 */
@Component
class ApiRequestsWithoutHandler implements HandlerExceptionResolver, Ordered {

	private final ApiProblems problems;

	private final JsonMapper json;

	ApiRequestsWithoutHandler(ApiProblems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (handler != null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		try {
			ResponseEntity<Object> answer = this.problems.handleException(exception,
					new ServletWebRequest(request, response));
			if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
				return null;
			}
			if (problem.getInstance() == null) {
				problem.setInstance(URI.create(request.getRequestURI()));
			}
			response.setStatus(answer.getStatusCode().value());
			answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, LocaleContextHolder.getLocale().getLanguage());
			this.json.writeValue(response.getOutputStream(), problem);
			return new ModelAndView();
		}
		catch (Exception notOneOfOurs) {
			// not an error the framework knows, or the answer could not be written: the
			// error page answers
			return null;
		}
	}

	@Override
	public int getOrder() {
		// after Spring Boot's DefaultErrorAttributes, which only records the error
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
