package org.synergies.agreements;

/**
 * A deliverable past its due date, neither completed nor cancelled, with its agreement.
 */
public record LateDeliverable(AgreementView agreement, WorkPlanView.Deliverable deliverable) {
}
