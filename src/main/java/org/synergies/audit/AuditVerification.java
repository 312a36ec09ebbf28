package org.synergies.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a walk along the audit trail's hash chain found.
 *
 * @param rowsChecked how many rows were read
 * @param lastPosition the position of the chain's last link, as the chain head records it
 * @param lastHash that link's hash: kept outside the database (a ticket, a log), it shows
 * later whether the chain up to there was rewritten as a whole
 * @param firstBroken the first row where the chain breaks; null when it is intact
 */
public record AuditVerification(long rowsChecked, long lastPosition, String lastHash,
		@Nullable BrokenLink firstBroken) {

	public boolean intact() {
		return this.firstBroken == null;
	}

	/**
	 * @param position the chain position where the break is seen
	 * @param eventId the row found there (for a removed row: the row after the gap; null
	 * when the chain's end was removed)
	 * @param reason why the chain breaks there
	 */
	public record BrokenLink(long position, @Nullable UUID eventId, Reason reason) {
	}

	public enum Reason {

		/** The row's content or hash is not what was written. */
		ALTERED,
		/** A row is missing: the positions jump, or the chain ends before its head. */
		REMOVED

	}

}
