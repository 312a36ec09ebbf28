package org.synergies.meetings.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.MeetingView;

/**
 * A meeting of a body through the API.
 *
 * @param instrument the code of the instrument its body belongs to ("CMS", "AEWA")
 */
record MeetingResponse(UUID id, UUID body, String code, int number, LocalDate startsOn, LocalDate endsOn, String place,
		@Nullable String country, String instrument) {

	static MeetingResponse of(MeetingView meeting) {
		return new MeetingResponse(meeting.id(), meeting.body(), meeting.code(), meeting.number(), meeting.startsOn(),
				meeting.endsOn(), meeting.place(), meeting.country(), meeting.instrument());
	}

}
