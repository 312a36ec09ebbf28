package org.synergies.messaging.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.synergies.messaging.SentMail;

/**
 * The secrets of a message waiting for delivery, kept in their own column of the outbox
 * (form-encoded: {@code name=value&…}) and put back into the body only when the message
 * is handed to the SMTP server.
 */
final class MailSecrets {

	private MailSecrets() {
	}

	static @Nullable String encode(Map<String, String> secrets) {
		if (secrets.isEmpty()) {
			return null;
		}
		return secrets.entrySet()
			.stream()
			.map(entry -> escape(entry.getKey()) + "=" + escape(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	static Map<String, String> decode(@Nullable String encoded) {
		Map<String, String> secrets = new LinkedHashMap<>();
		if (encoded != null && !encoded.isEmpty()) {
			for (String pair : encoded.split("&")) {
				int equals = pair.indexOf('=');
				secrets.put(unescape(pair.substring(0, equals)), unescape(pair.substring(equals + 1)));
			}
		}
		return secrets;
	}

	/** The body with each placeholder replaced by its secret. */
	static String reveal(String body, Map<String, String> secrets) {
		String revealed = body;
		for (Map.Entry<String, String> secret : secrets.entrySet()) {
			revealed = revealed.replace(SentMail.secretMarker(secret.getKey()), secret.getValue());
		}
		return revealed;
	}

	private static String escape(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String unescape(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
