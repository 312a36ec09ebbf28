package org.synergies.agreements.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementActionView;
import org.synergies.agreements.AgreementActions;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementProposal;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.system.DemoData;

/**
 * The seed's history of the joint work plans with Ramsar and the CBD
 * (UNEP/CMS/COP13/Doc.18, para. 94): expired in 2018, reported to the Standing Committee
 * at its 48th meeting (23–24 October 2018, Bonn), which approved their extension until
 * they could be revised after the parties' COPs and the post-2020 framework. The seed
 * gives no end date: the demo extends them until the close of COP13 (22 February 2020),
 * and the decision says so. Both go through the same proposal and adoption as any
 * extension.
 */
@Component
@DemoData
@Order(36)
class DemoAgreementExtensions implements ApplicationRunner {

	static final String REFERENCE = "StC48/2018/8";

	static final LocalDate UNTIL = LocalDate.of(2020, 2, 22);

	private static final String TEXT = """
			The Standing Committee takes note that the joint work plans of CMS with the Ramsar Convention on \
			Wetlands and with the Convention on Biological Diversity expired in 2018, and approves their extension \
			until they can be revised to take into account the outcomes of the parties' respective COPs and of the \
			post-2020 global biodiversity framework: both are extended until 22 February 2020, the close of COP13.""";

	private static final Logger log = LoggerFactory.getLogger(DemoAgreementExtensions.class);

	private final Agreements agreements;

	private final AgreementActions actions;

	private final GoverningBodies bodies;

	DemoAgreementExtensions(Agreements agreements, AgreementActions actions, GoverningBodies bodies) {
		this.agreements = agreements;
		this.actions = actions;
		this.bodies = bodies;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		List<AgreementView> plans = this.agreements.list(AgreementQuery.ALL)
			.stream()
			.filter(agreement -> agreement.kind() == AgreementKind.JOINT_WORK_PLAN)
			.filter(agreement -> agreement.titleEn().contains("Ramsar") || agreement.titleEn().contains("CBD"))
			.toList();
		MeetingView stc48 = this.bodies.meetings(GoverningBody.STANDING_COMMITTEE)
			.stream()
			.filter(meeting -> meeting.code().equals("StC48"))
			.findFirst()
			.orElse(null);
		if (plans.isEmpty() || stc48 == null
				|| plans.stream().anyMatch(plan -> !this.actions.of(plan.id()).isEmpty())) {
			return;
		}
		DecisionView decision = this.bodies.decisions(GoverningBody.STANDING_COMMITTEE, stc48.id())
			.stream()
			.filter(found -> found.reference().equals(REFERENCE))
			.findFirst()
			.orElseGet(() -> this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, stc48.id(),
					DecisionProcedure.MEETING, REFERENCE, stc48.endsOn(), TEXT, null)));
		for (AgreementView plan : plans) {
			AgreementActionView proposed = this.actions.propose(plan.id(), AgreementProposal.extension(UNTIL,
					"Expired in 2018; extended until it can be revised after the parties' COPs and the post-2020 framework."));
			this.actions.submit(plan.id(), proposed.id());
			this.actions.adopt(plan.id(), proposed.id(), decision.id());
		}
		log.info("Demo data: {} joint work plans extended by {}", plans.size(), REFERENCE);
	}

}
