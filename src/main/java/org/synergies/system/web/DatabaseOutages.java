package org.synergies.system.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import org.synergies.system.database.DatabaseUnavailable;

/**
 * When the database cannot be reached, the request is answered honestly: 503 with
 * {@code Retry-After}, as a problem in the caller's language for the API and the
 * actuator, as a plain page in the reader's language otherwise. Runs before the session
 * and security filters because they reach the database themselves (the session, the API
 * token, the sign-in) before any controller does.
 */
@Component
class DatabaseOutages extends OncePerRequestFilter implements Ordered {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json;

	DatabaseOutages(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	@Override
	public int getOrder() {
		// just after the character encoding filter, before Spring Session and Security
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure)) {
				throw failure;
			}
			DatabaseUnavailable.report(request.getMethod() + " " + request.getRequestURI(), failure);
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = this.localeResolver.resolveLocale(request);
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem(request, locale));
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'");
			response.getWriter().write(page(request, locale));
		}
	}

	private ProblemDetail problem(HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
		problem.setType(URI.create("urn:synergies:problem:unavailable"));
		problem.setTitle(message("problem.unavailable.title", locale));
		problem.setDetail(message("problem.unavailable.detail", locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/**
	 * A page of its own, not the layout: the layout's fragments may need the database
	 * that is missing.
	 */
	private String page(HttpServletRequest request, Locale locale) {
		String title = HtmlUtils.htmlEscape(message("error.unavailable.title", locale), "UTF-8");
		String text = HtmlUtils.htmlEscape(message("error.unavailable.text", locale), "UTF-8");
		String retry = HtmlUtils.htmlEscape(message("error.unavailable.retry", locale), "UTF-8");
		String context = request.getContextPath();
		// the same address again for a read; the home page after a form was sent
		String again = !"GET".equals(request.getMethod()) ? context + "/"
				: request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="%s/assets/css/synergies.css"></head>
				<body><main id="main" class="page page--narrow">
				<h1>%s</h1>
				<p>%s</p>
				<p><a href="%s">%s</a></p>
				</main></body>
				</html>
				""".formatted(locale.getLanguage(), title, context, title, text, HtmlUtils.htmlEscape(again, "UTF-8"),
				retry);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
