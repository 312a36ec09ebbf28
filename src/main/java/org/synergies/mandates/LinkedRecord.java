package org.synergies.mandates;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A record of another module that implements a mandate, as the mandate's page names it.
 *
 * @param module the module that keeps the record ("accreditation")
 * @param path its page ("/accreditation/process/…")
 */
public record LinkedRecord(String module, UUID record, String titleEn, @Nullable String titleFr,
		@Nullable String titleEs, String path) {

	/** The title in a language, in English when it has none in that one. */
	public String title(Language language) {
		String title = language.pick(this.titleEn, this.titleFr, this.titleEs);
		return title == null ? this.titleEn : title;
	}

}
