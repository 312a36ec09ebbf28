package org.synergies.mandates;

import java.time.LocalDate;
import java.util.UUID;

import org.synergies.meetings.MeetingView;

/**
 * The period of a time-bound decision: in force from the meeting that adopted it until
 * the opening of the meeting at which it lapses unless renewed ("between the 13th and
 * 14th meetings of the Conference of the Parties"), and what the Secretariat proposes to
 * that meeting.
 */
public record DecisionPeriod(UUID mandate, MeetingView from, MeetingView until, RenewalProposal proposal,
		long version) {

	/**
	 * Lapsed once the meeting it runs until has opened: read from the date, not stored.
	 */
	public boolean lapsedOn(LocalDate today) {
		return !today.isBefore(this.until.startsOn());
	}

}
