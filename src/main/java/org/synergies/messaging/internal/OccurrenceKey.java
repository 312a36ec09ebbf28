package org.synergies.messaging.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.synergies.messaging.OutgoingMail;

/**
 * The key under which the outbox queues a message once: a SHA-256 of its occurrence,
 * template and recipient (fixed length, and no value of the event readable in the row).
 */
final class OccurrenceKey {

	private OccurrenceKey() {
	}

	static @Nullable String of(OutgoingMail mail) {
		if (mail.occurrence() == null) {
			return null;
		}
		String source = mail.occurrence() + "\n" + mail.template() + "\n" + mail.to().toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException(exception);
		}
	}

}
