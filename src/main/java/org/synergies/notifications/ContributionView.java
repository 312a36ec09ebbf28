package org.synergies.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contribution as the Secretariat and its sender read it (not public before it is
 * compiled, and never when {@link #withheld()}).
 *
 * @param language ISO 639-1 code of the language it is written in
 * @param late received after the notification's deadline
 * @param unsolicited from someone the notification was not addressed to
 * @param revision 1, then one more each time the sender replaces it
 * @param files the files of the current revision
 */
public record ContributionView(UUID id, UUID notification, Addressee sender, List<Addressee> onBehalf,
		@Nullable String replyTo, ContributionChannel channel, String language, @Nullable String text,
		LocalDate receivedOn, boolean late, boolean unsolicited, boolean withheld, int revision,
		List<ContributionFile> files, Instant updatedAt, long version) {

	/** A file of a contribution. */
	public record ContributionFile(UUID id, String name) {
	}

	/** The sender and every addressee it is made on behalf of: it counts for each. */
	public List<Addressee> countsFor() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.sender), this.onBehalf.stream()).toList();
	}

	/** The language's name in the reader's language ("English", "polonais"). */
	public String languageName(Locale locale) {
		return Locale.forLanguageTag(this.language).getDisplayLanguage(locale);
	}

}
