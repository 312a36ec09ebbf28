package org.synergies.meetings.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.NewMeeting;

/** A meeting to add: of a body, its number, dates and place. */
record MeetingRequest(@Nullable UUID body, @Nullable Integer number, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable String place, @Nullable String country) {

	NewMeeting meeting() {
		return new NewMeeting(this.body, this.number, this.startsOn, this.endsOn, this.place, this.country);
	}

}
