package org.synergies.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * Pages load scripts, styles and images from this origin only and may not be framed. The
 * interactive API page (Swagger UI) sets inline styles, so it alone may use them.
 */
class ContentSecurityPolicy implements HeaderWriter {

	private static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String SWAGGER_UI = STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader("Content-Security-Policy", path.startsWith("/swagger-ui") ? SWAGGER_UI : STRICT);
	}

}
