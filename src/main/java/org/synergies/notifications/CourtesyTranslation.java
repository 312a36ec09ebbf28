package org.synergies.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.notifications.ContributionView.ContributionFile;
import org.synergies.shared.Language;

/**
 * The courtesy translation of a contribution into one official language it is not written
 * in. Shown and compiled, always marked "courtesy translation", once
 * {@link TranslationStatus#isAvailable() available}.
 *
 * @param translatorAccount the account of a translator with the translator role, or null
 * for an external translator known by {@link #translatorEmail()}
 * @param translatorName the translator's name as shown
 * @param text the translated text, when it came back as text
 * @param file the translated file, when it came back as a file
 * @param ofRevision the contribution's revision that was translated
 */
public record CourtesyTranslation(UUID id, UUID contribution, Language language, TranslationStatus status,
		@Nullable UUID translatorAccount, @Nullable String translatorEmail, @Nullable String translatorName,
		@Nullable LocalDate dueOn, @Nullable String text, @Nullable ContributionFile file, int ofRevision,
		Instant updatedAt, long version) {

	/** Translated from an earlier revision than the contribution's current one. */
	public boolean outdated(ContributionView contribution) {
		return this.ofRevision < contribution.revision();
	}

}
