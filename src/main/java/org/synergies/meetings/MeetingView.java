package org.synergies.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting of a body, e.g. StC48, 23–24 October 2018, Bonn.
 *
 * @param code the meeting's short name: body code and number ("StC48", "COP13")
 * @param country ISO 3166 code of the host country, when known
 * @param instrument the code of the instrument its body belongs to ("CMS", "AEWA")
 */
public record MeetingView(UUID id, UUID body, String code, int number, LocalDate startsOn, LocalDate endsOn,
		String place, @Nullable String country, String instrument) {

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.startsOn) && !date.isAfter(this.endsOn);
	}

}
