package org.synergies.system.web;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.synergies.shared.Language;
import org.synergies.shared.Phrase;
import org.synergies.shared.UnDates;

/**
 * The texts of every page, e-mail, document and error: {@code messages*.properties} in
 * UTF-8, never falling back to the server's own language. A {@link LocalDate} argument is
 * written as United Nations documents write dates in the reader's language ("1er octobre
 * 2031", see {@link UnDates}), whether the message says {@code {0}} or
 * {@code {0,date,long}}; a {@link Phrase} argument (a name with its article, a meeting)
 * is written in the message's language, so that a sentence and the names in it agree.
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
				resolved[i] = UnDates.date(date, Language.of(locale));
			}
			else if (resolved[i] instanceof Phrase phrase) {
				resolved[i] = phrase.in(Language.of(locale));
			}
		}
		return resolved;
	}

	@Override
	protected MessageFormat createMessageFormat(String message, Locale locale) {
		MessageFormat format = super.createMessageFormat(message, locale);
		Format[] formats = format.getFormats();
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] instanceof DateFormat dates) {
				formats[i] = new UnDateFormat(dates, locale);
			}
		}
		format.setFormats(formats);
		return format;
	}

	/**
	 * {@code {n,date,long}}: a long date as {@link UnDates} writes it; a date already
	 * written (a {@link LocalDate} argument) as it is.
	 */
	private static final class UnDateFormat extends Format {

		private final DateFormat original;

		private final Locale locale;

		UnDateFormat(DateFormat original, Locale locale) {
			this.original = original;
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
			if (value instanceof Date date
					&& (this.original.equals(DateFormat.getDateInstance(DateFormat.LONG, this.locale))
							|| this.original.equals(DateFormat.getDateInstance(DateFormat.FULL, this.locale)))) {
				// MessageFormat formats in the JVM's default zone: the same day
				return into.append(UnDates.date(LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()),
						Language.of(this.locale)));
			}
			if (value instanceof CharSequence text) {
				return into.append(text);
			}
			return this.original.format(value, into, position);
		}

		@Override
		public @Nullable Object parseObject(String source, ParsePosition position) {
			return this.original.parseObject(source, position);
		}

	}

}
