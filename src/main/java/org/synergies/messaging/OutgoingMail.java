package org.synergies.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An e-mail to one person, before rendering.
 *
 * @param to the recipient's address
 * @param language the recipient's language: subject and body are written in it
 * @param template the name of the template under {@code templates/mail/}; its subject is
 * the message {@code mail.<template>.subject}
 * @param subjectArguments the arguments of the subject message
 * @param variables what the template may use
 * @param secrets what the template may use but only the recipient may read (a single-use
 * link): the outbox keeps a placeholder in their place, see {@link SentMail#secretMarker}
 * @param occurrence the fact the message tells of (e.g.
 * {@code report-returned:<id>:<version>}), or {@code null}: the outbox queues one message
 * per occurrence, template and recipient, so that a listener run again after a failure or
 * on another node writes no second one
 */
public record OutgoingMail(String to, Language language, String template, List<Object> subjectArguments,
		Map<String, Object> variables, Map<String, String> secrets, @Nullable String occurrence) {

	public OutgoingMail {
		subjectArguments = List.copyOf(subjectArguments);
		variables = Map.copyOf(variables);
		secrets = Map.copyOf(secrets);
	}

	public static OutgoingMail to(String address, Language language, String template) {
		return new OutgoingMail(address, language, template, List.of(), Map.of(), Map.of(), null);
	}

	public OutgoingMail subject(Object... arguments) {
		return new OutgoingMail(this.to, this.language, this.template, List.of(arguments), this.variables, this.secrets,
				this.occurrence);
	}

	public OutgoingMail with(String name, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.variables);
		more.put(name, value);
		return new OutgoingMail(this.to, this.language, this.template, this.subjectArguments, more, this.secrets,
				this.occurrence);
	}

	/**
	 * A value for the template that nobody but the recipient may read: it is never stored
	 * readable nor shown in the outbox (see {@link Outbox}).
	 */
	public OutgoingMail withSecret(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.secrets);
		more.put(name, value);
		return new OutgoingMail(this.to, this.language, this.template, this.subjectArguments, this.variables, more,
				this.occurrence);
	}

	/** The same message, queued once for this occurrence (see {@link #occurrence}). */
	public OutgoingMail once(String occurrence) {
		return new OutgoingMail(this.to, this.language, this.template, this.subjectArguments, this.variables,
				this.secrets, occurrence);
	}

}
