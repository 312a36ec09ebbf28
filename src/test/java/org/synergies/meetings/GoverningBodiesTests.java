package org.synergies.meetings;

import java.time.LocalDate;
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
