package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementProposal;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An agreement is extended to a later day or terminated only while it runs, expired
 * included; a proposal is frozen once before the Committee; what a proposal must say.
 */
class AgreementActionTests {

	static final LocalDate TODAY = LocalDate.parse("2026-12-03");

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	static final LocalDate ENDED = LocalDate.parse("2018-06-30");

	@Test
	void anExpiredPlanIsExtendedToALaterDayOnlyAndReadsExtendedUntilItEndsAgain() {
		Agreement plan = inForce();
		assertThat(plan.status(TODAY)).isEqualTo(AgreementStatus.EXPIRED);
		assertThatThrownBy(() -> plan.extend(ENDED, NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("agreement.rule.extension-not-later");

		plan.extend(LocalDate.parse("2027-02-22"), NOW);
		assertThat(plan.status(TODAY)).isEqualTo(AgreementStatus.EXTENDED);
		assertThat(plan.status(LocalDate.parse("2027-02-23"))).isEqualTo(AgreementStatus.EXPIRED);
	}

	@Test
	void nothingIsExtendedOrTerminatedUnlessItRuns() {
		Agreement negotiated = Agreement.negotiate(details(ENDED), NOW);
		assertThatThrownBy(() -> negotiated.extend(TODAY, NOW)).hasMessage("agreement.rule.not-running");
		Agreement terminated = inForce();
		terminated.terminate(NOW);
		assertThat(terminated.status(TODAY)).isEqualTo(AgreementStatus.TERMINATED);
		assertThatThrownBy(() -> terminated.terminate(NOW)).hasMessage("agreement.rule.not-running");
		assertThatThrownBy(() -> terminated.extend(TODAY.plusYears(1), NOW)).hasMessage("agreement.rule.not-running");
	}

	@Test
	void aProposalBeforeTheCommitteeNoLongerChanges() {
		AgreementAction action = AgreementAction.draft(UUID.randomUUID(), 1,
				AgreementProposal.extension(TODAY.plusYears(1), "Until revised."), NOW);
		action.write(AgreementProposal.termination("Replaced."), NOW);
		assertThat(action.view().kind()).isEqualTo(AgreementActionKind.TERMINATION);
		assertThat(action.view().proposal().validUntil()).isNull();
		action.submit(NOW);
		assertThat(action.status()).isEqualTo(VersionStatus.SUBMITTED);
		assertThatThrownBy(() -> action.write(AgreementProposal.termination("Again."), NOW))
			.hasMessage("agreement-action.rule.only-drafts-change");
	}

	@Test
	void aProposalSaysWhatItChanges() {
		AgreementView plan = inForce().view(TODAY);
		assertThat(AgreementActionChecks.check(plan, AgreementProposal.extension(ENDED, null)))
			.extracting(FieldProblem::messageKey)
			.containsExactly("agreement.rule.extension-not-later");
		assertThat(AgreementActionChecks.check(plan,
				new AgreementProposal(AgreementActionKind.EXTENSION, null, null, null, null, null, null, null, null,
						null)))
			.extracting(FieldProblem::messageKey)
			.containsExactly("agreement-action.rule.until-required");
		assertThat(AgreementActionChecks.check(plan,
				new AgreementProposal(AgreementActionKind.REVISION, null, null, null, null, null, null, null, null,
						"Nothing.")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("agreement-action.rule.revision-empty");
		AgreementProposal retitled = new AgreementProposal(AgreementActionKind.REVISION, null, null, "Revised plan",
				null, null, null, null, null, null);
		assertThat(AgreementActionChecks.check(plan, retitled)).isEmpty();
		assertThat(AgreementActionChecks.revised(plan, retitled).titleEn()).isEqualTo("Revised plan");
		assertThat(AgreementActionChecks.revised(plan, retitled).validUntil()).isEqualTo(ENDED);
	}

	private static Agreement inForce() {
		Agreement agreement = Agreement.negotiate(details(ENDED), NOW);
		agreement.sign(LocalDate.parse("2015-05-30"), "Bonn", null, TODAY, NOW);
		agreement.enterIntoForce(null, NOW);
		return agreement;
	}

	private static AgreementDetails details(LocalDate until) {
		return new AgreementDetails(AgreementKind.JOINT_WORK_PLAN, "CMS", List.of(UUID.randomUUID()), "Joint Work Plan",
				null, null, null, until, null, null, null);
	}

}
