package org.synergies.system.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of every page, e-mail, document and error: {@code messages*.properties} in
 * UTF-8, never falling back to the server's own language. A {@link LocalDate} argument is
 * formatted like a date ({@code {0,date,long}}) in the reader's language, so that rules
 * and notes can pass the dates they are about as they are.
 */
class Messages extends ResourceBundleMessageSource {

	Messages() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setUseCodeAsDefaultMessage(false);
		setAlwaysUseMessageFormat(false);
	}

	@Override
	protected Object[] resolveArguments(Object @Nullable [] arguments, Locale locale) {
		Object[] resolved = super.resolveArguments(arguments, locale);
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof LocalDate date) {
				// MessageFormat formats in the JVM's default zone: the same day
				resolved[i] = Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
			}
		}
		return resolved;
	}

}
