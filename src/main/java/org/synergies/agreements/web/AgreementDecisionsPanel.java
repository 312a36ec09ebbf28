package org.synergies.agreements.web;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.agreements.AgreementAccess;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementActionView;
import org.synergies.agreements.AgreementActions;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;

/**
 * What an agreement's page shows of the decisions about it: each proposal with the
 * decision that adopted it (reference, date, meeting); for the Secretariat, the drafts,
 * and the Standing Committee's decisions to adopt one by.
 */
@Component
class AgreementDecisionsPanel {

	/** A proposal and, once adopted, its decision and the meeting that took it. */
	record ActionLine(AgreementActionView action, @Nullable DecisionView decision, @Nullable MeetingView meeting) {
	}

	private final AgreementActions actions;

	private final GoverningBodies bodies;

	private final AgreementAccess access;

	AgreementDecisionsPanel(AgreementActions actions, GoverningBodies bodies, AgreementAccess access) {
		this.actions = actions;
		this.bodies = bodies;
		this.access = access;
	}

	void addTo(Model model, AgreementView agreement) {
		List<ActionLine> lines = this.actions.of(agreement.id()).stream().map(this::line).toList();
		model.addAttribute("actionLines", lines);
		if (this.access.isSecretariat()) {
			model.addAttribute("actionKinds", AgreementActionKind.values());
			model.addAttribute("canPropose", agreement.status() != AgreementStatus.UNDER_NEGOTIATION
					&& agreement.status() != AgreementStatus.TERMINATED);
			model.addAttribute("pendingAction",
					lines.stream()
						.map(ActionLine::action)
						.filter(a -> a.status().isWorkedOn())
						.findFirst()
						.orElse(null));
			model.addAttribute("committeeDecisions",
					this.bodies.decisions(GoverningBody.STANDING_COMMITTEE, null)
						.stream()
						.sorted(Comparator.comparing(DecisionView::adoptedOn).reversed())
						.toList());
		}
	}

	private ActionLine line(AgreementActionView action) {
		DecisionView decision = action.adoptedBy() == null ? null
				: this.bodies.decision(action.adoptedBy()).orElse(null);
		MeetingView meeting = decision == null || decision.meeting() == null ? null
				: this.bodies.meeting(decision.meeting()).orElse(null);
		return new ActionLine(action, decision, meeting);
	}

}
