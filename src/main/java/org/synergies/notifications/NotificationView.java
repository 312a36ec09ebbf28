package org.synergies.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A notification as read. {@link #number()} ({@code 2018/008}) and {@link #slug()}
 * ({@code 2018-008}, or {@code aewa-2018-008} for another secretariat than the
 * Convention's) exist once it is issued.
 *
 * @param files the uploaded text in each language, when one was uploaded
 * @param mandateParagraphs the addresses of the paragraphs it serves
 */
public record NotificationView(UUID id, String instrument, @Nullable String number, @Nullable String slug,
		LocalDate dated, @Nullable LocalDate deadline, @Nullable String titleEn, @Nullable String titleFr,
		@Nullable String titleEs, @Nullable String textEn, @Nullable String textFr, @Nullable String textEs,
		@Nullable String actionEn, @Nullable String actionFr, @Nullable String actionEs, @Nullable UUID fileEn,
		@Nullable UUID fileFr, @Nullable UUID fileEs, Set<AddresseeCategory> categories, List<Addressee> named,
		List<String> mandateParagraphs, NotificationStatus status, @Nullable Instant issuedAt, long version) {

	public boolean isIssued() {
		return this.status == NotificationStatus.ISSUED;
	}

	/** Its address: the slug once issued, the id before. */
	public String ref() {
		return this.slug != null ? this.slug : this.id.toString();
	}

	/** The title in the language, else in English, French, Spanish. */
	public String title(Language language) {
		String title = language.pick(this.titleEn, this.titleFr, this.titleEs);
		return title != null ? title : firstOf(this.titleEn, this.titleFr, this.titleEs);
	}

	public String title(Locale locale) {
		return title(Language.of(locale));
	}

	/** The text typed in the language, if any. */
	public @Nullable String text(Language language) {
		return language.pick(this.textEn, this.textFr, this.textEs);
	}

	public @Nullable String text(Locale locale) {
		return text(Language.of(locale));
	}

	public @Nullable String action(Language language) {
		String action = language.pick(this.actionEn, this.actionFr, this.actionEs);
		return action != null ? action : firstOrNull(this.actionEn, this.actionFr, this.actionEs);
	}

	public @Nullable String action(Locale locale) {
		return action(Language.of(locale));
	}

	public @Nullable UUID file(Language language) {
		return switch (language) {
			case EN -> this.fileEn;
			case FR -> this.fileFr;
			case ES -> this.fileEs;
		};
	}

	public @Nullable UUID file(Locale locale) {
		return file(Language.of(locale));
	}

	/** Whether it can still be answered on time on this day. */
	public boolean isOpen(LocalDate today) {
		return this.deadline == null || !today.isAfter(this.deadline);
	}

	private static String firstOf(@Nullable String... values) {
		String found = firstOrNull(values);
		return found == null ? "" : found;
	}

	private static @Nullable String firstOrNull(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
