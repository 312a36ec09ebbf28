package org.synergies.organizations;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * One line of the directory.
 */
public record OrganizationSummary(UUID id, String officialName, @Nullable String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, @Nullable String acronym, OrganizationKind kind, @Nullable String headquarters,
		@Nullable String website, OrganizationStatus status, List<String> instruments) {

	public String name(Locale locale) {
		String translated = Language.of(locale).pick(this.nameEn, this.nameFr, this.nameEs);
		return translated != null ? translated : this.officialName;
	}

}
