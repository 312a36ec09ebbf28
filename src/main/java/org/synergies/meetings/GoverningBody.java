package org.synergies.meetings;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A body that meets and decides, under an instrument of the CMS Family.
 *
 * @param code its short name in documents, unique in the family: "COP", "StC", "ScC-SC",
 * "IWG-NGO", "AEWA MOP", "Sharks MOS"
 * @param instrument the code of the instrument it belongs to ("CMS", "AEWA")
 * @param symbolPattern the symbol of an information document of one of its meetings, with
 * {@code {meeting}} for the meeting's number, {@code {year}} for the year it opens and
 * {@code {n}} for the document's number: "UNEP/CMS/COP{meeting}/Inf.{n}"
 */
public record GoverningBody(UUID id, BodyKind kind, String code, String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, String instrument, String symbolPattern) {

	/**
	 * Fixed ids of the bodies every CMS Family installation has (seeded by migration).
	 */
	public static final UUID CONFERENCE_OF_THE_PARTIES = UUID.fromString("00000000-0000-4000-8000-00000000c0b1");

	public static final UUID STANDING_COMMITTEE = UUID.fromString("00000000-0000-4000-8000-00000000c0b2");

	public static final UUID SCIENTIFIC_COUNCIL = UUID.fromString("00000000-0000-4000-8000-00000000c0b3");

	public static final UUID SESSIONAL_COMMITTEE = UUID.fromString("00000000-0000-4000-8000-00000000c0b4");

	/** The AEWA Meeting of the Parties (seeded by migration). */
	public static final UUID AEWA_MEETING_OF_THE_PARTIES = UUID.fromString("00000000-0000-4000-8000-00000000c0b5");

	/**
	 * The instrument of the bodies of the Convention itself and of its working groups.
	 */
	public static final String CONVENTION = "CMS";

	/**
	 * The symbol of the information document numbered {@code n} for a meeting of this
	 * body, e.g. "AEWA/MOP9 Inf.3".
	 */
	public String informationDocument(MeetingView meeting, int n) {
		return this.symbolPattern.replace("{meeting}", String.valueOf(meeting.number()))
			.replace("{year}", String.valueOf(meeting.startsOn().getYear()))
			.replace("{n}", String.valueOf(n));
	}

	public String name(Locale locale) {
		String translated = Language.of(locale).pick(this.nameEn, this.nameFr, this.nameEs);
		return translated != null ? translated : this.nameEn;
	}

}
