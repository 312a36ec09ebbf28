package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A text's annexes: one per number, a body in one language at least (a language missing
 * stays missing), corrected in place, removed from a draft only, every change audited as
 * a change of the text; an adopted amendment carries them unchanged to the new revision.
 * A decision sits under a heading per language; a resolution does not. Runs on H2 and
 * PostgreSQL.
 */
@SpringBootTest
@DatabaseTest
class MandateAnnexesTests {

	static final AnnexDetails GUIDELINES = new AnnexDetails("1", "Guidelines on partnerships",
			"Lignes directrices sur les partenariats", null, "Partnerships serve the Convention.\nThey are reviewed.",
			"Les partenariats servent la Convention.\nIls sont examinés.", null);

	@Autowired
	Mandates mandates;

	@Autowired
	Amendments amendments;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	TestAccounts accounts;

	AccountView officer;

	@BeforeEach
	void officer() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
	}

	@Test
	void aDraftTakesAnnexesByNumberAndKeepsALanguageMissing() {
		MandateView text = text(MandateStatus.DRAFT, null);

		MandateView annexed = as(() -> this.mandates.addAnnex(text.id(), text.version(), GUIDELINES));
		MandateView two = as(() -> this.mandates.addAnnex(annexed.id(), annexed.version(),
				AnnexDetails.in(Language.FR, "2", null, "Le PNUE.")));

		assertThat(two.annexes()).extracting(AnnexView::number).containsExactly("1", "2");
		AnnexView first = two.annex("1").orElseThrow();
		assertThat(first.anchor()).isEqualTo("annex-1");
		assertThat(first.languages()).containsExactly(Language.EN, Language.FR);
		assertThat(first.isIn(Language.ES)).isFalse();
		assertThat(first.paragraphs(Language.FR)).containsExactly("Les partenariats servent la Convention.",
				"Ils sont examinés.");
		assertThat(as(() -> this.mandates.require(text.id())).annexes()).isEqualTo(two.annexes());
	}

	@Test
	void refusesATakenNumberAnAnnexWithoutTextAndAStaleVersion() {
		MandateView text = text(MandateStatus.DRAFT, null);
		MandateView annexed = as(() -> this.mandates.addAnnex(text.id(), text.version(), GUIDELINES));

		assertThatThrownBy(() -> as(() -> this.mandates.addAnnex(text.id(), annexed.version(),
				AnnexDetails.in(Language.EN, "1", "Another", "Text."))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("number", "mandates.annexes.duplicate")));
		assertThatThrownBy(() -> as(() -> this.mandates.addAnnex(text.id(), annexed.version(),
				new AnnexDetails("2", "A title only", null, null, " ", null, "\n"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("mandates.annexes.body.required"));
		assertThatThrownBy(() -> as(() -> this.mandates.addAnnex(text.id(), annexed.version(),
				AnnexDetails.in(Language.EN, "2 bis", null, "Text."))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("mandates.annexes.number.invalid"));
		assertThatThrownBy(() -> as(() -> this.mandates.addAnnex(text.id(), text.version(),
				AnnexDetails.in(Language.EN, "2", null, "Text."))))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(as(() -> this.mandates.require(text.id())).annexes()).hasSize(1);
	}

	@Test
	void anAdoptedTextsAnnexIsCorrectedNotRemoved() {
		MandateView text = text(MandateStatus.ADOPTED, meeting());
		MandateView annexed = as(() -> this.mandates.addAnnex(text.id(), text.version(), GUIDELINES));

		MandateView corrected = as(() -> this.mandates.correctAnnex(text.id(), annexed.version(), "1",
				new AnnexDetails("9", "Guidelines on partnerships", null, "Directrices sobre las asociaciones",
						"Partnerships serve the Convention.", null, "Las asociaciones sirven a la Convención.")));

		assertThat(corrected.annexes()).singleElement().satisfies(annex -> {
			assertThat(annex.number()).isEqualTo("1");
			assertThat(annex.languages()).containsExactly(Language.EN, Language.ES);
		});
		assertThatThrownBy(() -> as(() -> this.mandates.removeAnnex(text.id(), corrected.version(), "1")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("mandates.annexes.rule.adopted"));

		MandateView draft = text(MandateStatus.DRAFT, null);
		MandateView draftAnnexed = as(() -> this.mandates.addAnnex(draft.id(), draft.version(), GUIDELINES));
		assertThat(as(() -> this.mandates.removeAnnex(draft.id(), draftAnnexed.version(), "1")).annexes()).isEmpty();
	}

	@Test
	void anAdoptedAmendmentCarriesTheAnnexesToTheNewRevision() {
		MeetingView cop12 = meeting();
		MeetingView cop13 = meeting();
		MandateView base = text(MandateStatus.ADOPTED, cop12);
		MandateView entered = as(
				() -> this.mandates.enter(base.id(), base.version(), List.of(new ParagraphDetails(Language.EN,
						ParagraphKind.OPERATIVE, "5", "Welcomes", "the implementation;", null, null))));
		MandateView annexed = as(() -> this.mandates.addAnnex(entered.id(), entered.version(), GUIDELINES));
		AmendmentView draft = as(() -> this.amendments.draft(base.id(), cop13.id(), null));
		as(() -> this.amendments.apply(draft.id(), draft.version(), AmendmentOperation.insert(Language.EN,
				ParagraphKind.OPERATIVE, "5.bis", "Requests", "the Secretariat to report;", null)));
		as(() -> this.amendments.submit(draft.id()));
		DecisionView decision = as(() -> this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES,
				cop13.id(), DecisionProcedure.MEETING, "Decision " + UUID.randomUUID().toString().substring(0, 8),
				LocalDate.parse("2020-02-22"), "The Conference adopts the amendments.", null)));

		AmendmentView adopted = as(() -> this.amendments.adopt(draft.id(), decision.id()));

		MandateView revision = this.mandates.require(adopted.revision());
		assertThat(revision.revision()).isEqualTo(cop13.code());
		assertThat(revision.annexes()).isEqualTo(annexed.annexes());
		assertThat(this.mandates.require(base.id()).annexes()).isEqualTo(annexed.annexes());
	}

	@Test
	void aDecisionSitsUnderAHeadingPerLanguageAResolutionDoesNot() {
		MandateView decision = as(() -> this.mandates.record(new MandateDetails(MandateKind.DECISION,
				MandatePagesTests.uniqueNumber(), null, "NGO participation", null, null, null, MandateStatus.DRAFT)));

		MandateView headed = as(() -> this.mandates.head(decision.id(), decision.version(),
				new DecisionHeading("Synergies and partnerships", "Synergies et partenariats", " ")));

		assertThat(headed.heading())
			.isEqualTo(new DecisionHeading("Synergies and partnerships", "Synergies et partenariats", null));
		assertThat(headed.heading().inOrAny(Language.ES)).isEqualTo("Synergies and partnerships");
		assertThat(as(() -> this.mandates.require(decision.id())).heading()).isEqualTo(headed.heading());
		MandateView resolution = text(MandateStatus.DRAFT, null);
		assertThatThrownBy(() -> as(() -> this.mandates.head(resolution.id(), resolution.version(),
				new DecisionHeading("Synergies", null, null))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("mandates.headings.rule.decision"));
		assertThatThrownBy(() -> as(
				() -> this.mandates.head(decision.id(), decision.version(), new DecisionHeading("Stale", null, null))))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	private MandateView text(MandateStatus status, MeetingView meeting) {
		return as(() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION,
				MandatePagesTests.uniqueNumber(), meeting == null ? null : "COP12", "Synergies and partnerships", null,
				null, meeting == null ? null : meeting.id(), status)));
	}

	private MeetingView meeting() {
		return as(() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
				5000 + MandatePagesTests.NEXT.incrementAndGet() % 4000, LocalDate.parse("2020-02-17"),
				LocalDate.parse("2020-02-22"), "Gandhinagar", "IN")));
	}

	private <T> T as(java.util.function.Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

}
