package org.synergies.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@DatabaseTest
class GoverningBodiesTests {

	@Autowired
	GoverningBodies bodies;

	@Test
	void theCmsBodiesExistAndWorkingGroupsCanBeAdded() {
		assertThat(this.bodies.bodies()).extracting(GoverningBody::code).contains("COP", "StC", "ScC", "ScC-SC");
		String code = "IWG-" + UUID.randomUUID().toString().substring(0, 6);
		GoverningBody group = this.bodies.createWorkingGroup(code, "Intersessional working group on NGO accreditation",
				"Groupe de travail intersessions sur l’accréditation des ONG", null);

		assertThat(group.kind()).isEqualTo(BodyKind.WORKING_GROUP);
		assertThat(group.name(java.util.Locale.FRENCH)).startsWith("Groupe de travail");
		assertThatThrownBy(() -> this.bodies.createWorkingGroup(code.toLowerCase(), "Again", null, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("body.rule.code-taken"));
	}

	@Test
	void theAgreementsBodiesAreSeededUnderTheirInstrumentAfterTheConventionsAndNumberTheirDocumentsTheirWay() {
		List<GoverningBody> all = this.bodies.bodies();
		assertThat(all).extracting(GoverningBody::code, GoverningBody::instrument, GoverningBody::kind)
			.contains(tuple("COP", "CMS", BodyKind.CONFERENCE_OF_THE_PARTIES),
					tuple("AEWA MOP", "AEWA", BodyKind.MEETING_OF_THE_PARTIES),
					tuple("AEWA StC", "AEWA", BodyKind.STANDING_COMMITTEE),
					tuple("EUROBATS MoP", "EUROBATS", BodyKind.MEETING_OF_THE_PARTIES),
					tuple("ASCOBANS MOP", "ASCOBANS", BodyKind.MEETING_OF_THE_PARTIES),
					tuple("ACCOBAMS MOP", "ACCOBAMS", BodyKind.MEETING_OF_THE_PARTIES),
					tuple("Raptors MOS", "RAPTORS", BodyKind.MEETING_OF_SIGNATORIES),
					tuple("Sharks MOS", "SHARKS", BodyKind.MEETING_OF_SIGNATORIES));
		assertThat(all.stream().map(GoverningBody::instrument).distinct().toList()).as("in the family's order")
			.containsExactly("CMS", "AEWA", "EUROBATS", "ASCOBANS", "ACCOBAMS", "RAPTORS", "SHARKS");
		GoverningBody mop = this.bodies.body(GoverningBody.AEWA_MEETING_OF_THE_PARTIES).orElseThrow();
		assertThat(List.of(mop.name(Locale.ENGLISH), mop.name(Locale.FRENCH), mop.name(Locale.forLanguageTag("es"))))
			.containsExactly("Meeting of the Parties", "Réunion des Parties", "Reunión de las Partes");
		GoverningBody sharks = body(all, "Sharks MOS");
		assertThat(List.of(sharks.name(Locale.FRENCH), sharks.name(Locale.forLanguageTag("es"))))
			.containsExactly("Réunion des Signataires", "Reunión de los Signatarios");

		int number = 400_000 + ThreadLocalRandom.current().nextInt(100_000);
		MeetingView mop9 = this.bodies.schedule(new NewMeeting(mop.id(), number, LocalDate.parse("2027-06-01"),
				LocalDate.parse("2027-06-05"), "Bonn", "DE"));
		assertThat(mop9.code()).isEqualTo("AEWA MOP" + number);
		assertThat(mop9.instrument()).isEqualTo("AEWA");
		assertThat(mop.informationDocument(mop9, 3)).isEqualTo("AEWA/MOP" + number + " Inf.3");
		assertThat(body(all, "COP").informationDocument(mop9, 3)).isEqualTo("UNEP/CMS/COP" + number + "/Inf.3");
		assertThat(body(all, "ACCOBAMS MOP").informationDocument(mop9, 5))
			.isEqualTo("ACCOBAMS-MOP" + number + "/2027/Inf 5");
		assertThat(body(all, "EUROBATS MoP").informationDocument(mop9, 2))
			.isEqualTo("EUROBATS.MoP" + number + ".Inf.2");
		assertThat(body(all, "Sharks MOS").informationDocument(mop9, 2))
			.isEqualTo("CMS/Sharks/MOS" + number + "/Inf.2");

		GoverningBody group = this.bodies.createWorkingGroup("WG-" + number, "A working group", null, null);
		assertThat(group.instrument()).isEqualTo("CMS");
		assertThat(group.symbolPattern()).isEqualTo("UNEP/CMS/WG-" + number + "{meeting}/Inf.{n}");
	}

	private static GoverningBody body(List<GoverningBody> bodies, String code) {
		return bodies.stream().filter(body -> body.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aMeetingIsNamedAfterItsBodyAndNumberAndCheckedFirst() {
		int number = 100 + ThreadLocalRandom.current().nextInt(100_000);
		MeetingView meeting = stc(number, "2018-10-23", "2018-10-24");
		assertThat(meeting.code()).isEqualTo("StC" + number);

		assertThatThrownBy(() -> this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE, number,
				LocalDate.parse("2019-01-02"), LocalDate.parse("2019-01-01"), " ", "QQ")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactlyInAnyOrder("meeting.rule.ends-before-start", "validation.required",
								"validation.country", "meeting.rule.exists"));
	}

	@Test
	void aDecisionAtAMeetingBelongsToItsBodyAndDays() {
		MeetingView meeting = stc(200_000 + ThreadLocalRandom.current().nextInt(100_000), "2018-10-23", "2018-10-24");
		MeetingView cop = this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
				300_000 + ThreadLocalRandom.current().nextInt(100_000), LocalDate.parse("2020-02-17"),
				LocalDate.parse("2020-02-22"), "Gandhinagar", "IN"));

		assertThat(problems(new NewDecision(GoverningBody.STANDING_COMMITTEE, cop.id(), DecisionProcedure.MEETING,
				reference(), LocalDate.parse("2020-02-18"), "Text", null)))
			.containsExactly("decision.rule.meeting-other-body");
		assertThat(problems(new NewDecision(GoverningBody.STANDING_COMMITTEE, meeting.id(), DecisionProcedure.MEETING,
				reference(), LocalDate.parse("2018-10-25"), "Text", null)))
			.containsExactly("decision.rule.outside-meeting");
		assertThat(problems(new NewDecision(GoverningBody.STANDING_COMMITTEE, meeting.id(),
				DecisionProcedure.WRITTEN_PROCEDURE, reference(), LocalDate.parse("2019-03-01"), "Text", null)))
			.containsExactly("decision.rule.written-no-meeting");
		assertThat(problems(new NewDecision(null, null, null, " ", null, "", null))).containsExactlyInAnyOrder(
				"validation.choose", "validation.choose", "validation.required", "validation.required",
				"validation.required");
	}

	@Test
	void aRecordedDecisionNeverChangesACorrectionRefersToIt() {
		String reference = reference();
		DecisionView original = this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
				DecisionProcedure.WRITTEN_PROCEDURE, reference, LocalDate.parse("2019-03-01"),
				"The Standing Committee adopts the accreditation process.", null));

		assertThat(problems(new NewDecision(GoverningBody.STANDING_COMMITTEE, null, DecisionProcedure.WRITTEN_PROCEDURE,
				reference.toLowerCase(), LocalDate.parse("2019-03-02"), "Again", null)))
			.containsExactly("decision.rule.reference-taken");
		assertThat(problems(
				new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, null, DecisionProcedure.WRITTEN_PROCEDURE,
						reference(), LocalDate.parse("2019-03-02"), "Wrong body", original.id())))
			.containsExactly("decision.rule.corrects-unknown");

		DecisionView correction = this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
				DecisionProcedure.WRITTEN_PROCEDURE, reference + "/Corr.1", LocalDate.parse("2019-03-05"),
				"Corrigendum: the validity is four years.", original.id()));

		// read by someone who is not the Secretariat: the same, without who recorded it
		assertThat(this.bodies.requireDecision(original.id())).isEqualTo(original.withoutRecorder());
		assertThat(this.bodies.corrections(original.id())).containsExactly(correction.withoutRecorder());
		assertThat(correction.corrects()).isEqualTo(original.id());
	}

	private java.util.List<String> problems(NewDecision decision) {
		return this.bodies.check(decision).stream().map(FieldProblem::messageKey).toList();
	}

	private MeetingView stc(int number, String start, String end) {
		return this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE, number, LocalDate.parse(start),
				LocalDate.parse(end), "Bonn", "DE"));
	}

	private static String reference() {
		return "StC/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
