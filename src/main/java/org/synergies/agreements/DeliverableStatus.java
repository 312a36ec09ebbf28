package org.synergies.agreements;

/**
 * Where a deliverable of a work plan stands, as its last accepted progress note says:
 * {@link #NOT_STARTED} until a first note is accepted; {@link #IN_PROGRESS};
 * {@link #COMPLETED} (counts as 100 %); {@link #DELAYED} (the partner says it will not be
 * ready by the due date); {@link #CANCELLED} (dropped: never late, left out of its goal's
 * progress). Being late is not a status: a deliverable past its due date and neither
 * completed nor cancelled is late, as the clock says.
 */
public enum DeliverableStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED;

	/** Whether nothing more is expected of it (so it cannot be late). */
	public boolean isClosed() {
		return this == COMPLETED || this == CANCELLED;
	}

}
