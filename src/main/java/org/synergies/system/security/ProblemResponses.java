package org.synergies.system.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import org.synergies.system.ApiTokenAuthentication;

/**
 * RFC 9457 answers for requests the security filters refuse before any controller runs,
 * worded in the caller's language.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiTokenAuthentication.CHALLENGE);
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		Locale locale = this.localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:synergies:problem:" + code));
		problem.setTitle(this.messages.getMessage("problem." + code + ".title", null, locale));
		problem.setDetail(this.messages.getMessage("problem." + code + ".detail", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
