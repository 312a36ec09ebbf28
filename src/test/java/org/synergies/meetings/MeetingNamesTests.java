package org.synergies.meetings;

import org.junit.jupiter.api.Test;
import org.synergies.shared.Language;
import org.synergies.shared.Name;
import org.synergies.shared.Name.Gender;
import org.synergies.shared.Name.Grammar;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingNamesTests {

	static final Name STANDING_COMMITTEE = new Name("Standing Committee", "Comité permanent", "Comité Permanente",
			new Grammar(Gender.MASCULINE, false, false), new Grammar(Gender.MASCULINE, false, null));

	static final Name COP = new Name("Conference of the Parties", "Conférence des Parties", "Conferencia de las Partes",
			new Grammar(Gender.FEMININE, false, false), new Grammar(Gender.FEMININE, false, null));

	@Test
	void aMeetingIsNamedWithItsNumberAndBodyNeverByItsCodeAlone() {
		Name stc52 = MeetingNames.meetingName("StC52", 52, "STANDING_COMMITTEE", STANDING_COMMITTEE);
		assertThat(stc52.the().in(Language.EN)).isEqualTo("the 52nd meeting of the Standing Committee (StC52)");
		assertThat(stc52.the().in(Language.FR)).isEqualTo("la 52e réunion du Comité permanent (StC52)");
		assertThat(stc52.ofThe().in(Language.FR)).isEqualTo("de la 52e réunion du Comité permanent (StC52)");
		assertThat(stc52.toThe().in(Language.ES)).isEqualTo("a la 52ª reunión del Comité Permanente (StC52)");
	}

	@Test
	void theConferenceOfThePartiesHoldsSessionsInFrench() {
		Name cop14 = MeetingNames.meetingName("COP14", 14, "CONFERENCE_OF_THE_PARTIES", COP);
		assertThat(cop14.the().in(Language.FR)).isEqualTo("la 14e session de la Conférence des Parties (COP14)");
		assertThat(cop14.the().in(Language.ES)).isEqualTo("la 14ª reunión de la Conferencia de las Partes (COP14)");
		assertThat(MeetingNames.meetingName("COP1", 1, "CONFERENCE_OF_THE_PARTIES", COP).the().in(Language.FR))
			.isEqualTo("la 1re session de la Conférence des Parties (COP1)");
	}

	@Test
	void aMeetingOfThePartiesOrOfTheSignatoriesHoldsSessionsInEveryLanguage() {
		Name parties = new Name("Meeting of the Parties", "Réunion des Parties", "Reunión de las Partes",
				new Grammar(Gender.FEMININE, false, false), new Grammar(Gender.FEMININE, false, null));
		Name mop9 = MeetingNames.meetingName("AEWA MOP9", 9, "MEETING_OF_THE_PARTIES", parties);
		assertThat(mop9.the().in(Language.EN)).isEqualTo("the 9th session of the Meeting of the Parties (AEWA MOP9)");
		assertThat(mop9.the().in(Language.FR)).isEqualTo("la 9e session de la Réunion des Parties (AEWA MOP9)");
		assertThat(mop9.the().in(Language.ES)).isEqualTo("la 9ª sesión de la Reunión de las Partes (AEWA MOP9)");
		Name signatories = new Name("Meeting of the Signatories", "Réunion des Signataires",
				"Reunión de los Signatarios", new Grammar(Gender.FEMININE, false, false),
				new Grammar(Gender.FEMININE, false, null));
		assertThat(MeetingNames.meetingName("Raptors MOS3", 3, "MEETING_OF_SIGNATORIES", signatories)
			.the()
			.in(Language.FR)).isEqualTo("la 3e session de la Réunion des Signataires (Raptors MOS3)");
	}

	@Test
	void englishOrdinals() {
		assertThat(MeetingNames.ordinalEnglish(1)).isEqualTo("1st");
		assertThat(MeetingNames.ordinalEnglish(2)).isEqualTo("2nd");
		assertThat(MeetingNames.ordinalEnglish(3)).isEqualTo("3rd");
		assertThat(MeetingNames.ordinalEnglish(11)).isEqualTo("11th");
		assertThat(MeetingNames.ordinalEnglish(12)).isEqualTo("12th");
		assertThat(MeetingNames.ordinalEnglish(13)).isEqualTo("13th");
		assertThat(MeetingNames.ordinalEnglish(21)).isEqualTo("21st");
		assertThat(MeetingNames.ordinalEnglish(52)).isEqualTo("52nd");
		assertThat(MeetingNames.ordinalEnglish(113)).isEqualTo("113th");
	}

}
