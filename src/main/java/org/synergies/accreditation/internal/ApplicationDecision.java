package org.synergies.accreditation.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;

/**
 * A Standing Committee decision on the application, by the id of the recorded decision.
 */
@Table("application_decision")
record ApplicationDecision(UUID decisionId, Outcome outcome, int round, Instant recordedAt) {

	ApplicationView.DecisionEntry view() {
		return new ApplicationView.DecisionEntry(this.decisionId, this.outcome, this.round, this.recordedAt);
	}

}
