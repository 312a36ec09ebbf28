package org.synergies.meetings;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A body that meets and decides.
 *
 * @param code its short name in documents: "COP", "StC", "ScC-SC", "IWG-NGO"
 */
public record GoverningBody(UUID id, BodyKind kind, String code, String nameEn, @Nullable String nameFr,
		@Nullable String nameEs) {

	/**
	 * Fixed ids of the bodies every CMS Family installation has (seeded by migration).
	 */
	public static final UUID CONFERENCE_OF_THE_PARTIES = UUID.fromString("00000000-0000-4000-8000-00000000c0b1");

	public static final UUID STANDING_COMMITTEE = UUID.fromString("00000000-0000-4000-8000-00000000c0b2");

	public static final UUID SCIENTIFIC_COUNCIL = UUID.fromString("00000000-0000-4000-8000-00000000c0b3");

	public static final UUID SESSIONAL_COMMITTEE = UUID.fromString("00000000-0000-4000-8000-00000000c0b4");

	public String name(Locale locale) {
		String translated = Language.of(locale).pick(this.nameEn, this.nameFr, this.nameEs);
		return translated != null ? translated : this.nameEn;
	}

}
