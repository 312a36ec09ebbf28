package org.synergies.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step the register took about a missed reporting deadline: a warning to the
 * organization, or a proposal the Secretariat puts before the Standing Committee until
 * the Committee decides it.
 *
 * @param meeting the meeting the missed report was due for
 * @param deadline the deadline missed
 * @param outcome {@code null} while a proposal is open
 * @param decision the Committee's decision on the proposal
 */
public record NonReportingStep(UUID id, UUID accreditation, UUID organization, String organizationName, Kind kind,
		String meeting, LocalDate deadline, Instant createdAt, @Nullable Outcome outcome, @Nullable UUID decision,
		@Nullable String decisionReference) {

	public enum Kind {

		/** The organization is told its report is overdue. */
		WARNING,
		/** The Secretariat proposes to suspend the accreditation. */
		SUSPENSION,
		/** The overdue report was received during the suspension. */
		REINSTATEMENT,
		/** The suspension lasted as long as the process allows. */
		WITHDRAWAL;

		public boolean isProposal() {
			return this != WARNING;
		}

	}

	public enum Outcome {

		/** The Committee decided as proposed. */
		ACCEPTED,
		/** The Committee decided not to. */
		DECLINED,
		/** The report came before the Committee decided: nothing left to decide. */
		REPORT_RECEIVED

	}

	public boolean isOpen() {
		return this.kind.isProposal() && this.outcome == null;
	}

}
