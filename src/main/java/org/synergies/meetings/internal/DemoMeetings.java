package org.synergies.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewMeeting;
import org.synergies.system.DemoData;

/**
 * The meetings the source document names (UNEP/CMS/COP13/Doc.18). It dates both the 48th
 * (para. 94) and the 49th (para. 131) Standing Committee 23–24 October 2018 in Bonn; both
 * are kept as written. COP14 (Samarkand, 2024) follows, and COP15 sixteen weeks from
 * today, so that the demo always has a meeting ahead to report to. An Agreement's body
 * meets too: the eighth session of the AEWA Meeting of the Parties (Budapest, 2022), and
 * the ninth twenty weeks from today in Bonn, the Agreement's seat.
 */
@Component
@DemoData
@Order(15)
class DemoMeetings implements ApplicationRunner {

	private final GoverningBodies bodies;

	private final Clock clock;

	DemoMeetings(GoverningBodies bodies, Clock clock) {
		this.bodies = bodies;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.bodies.meetings(null).isEmpty()) {
			return;
		}
		meeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 12, "2017-10-23", "2017-10-28", "Manila", "PH");
		meeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 13, "2020-02-17", "2020-02-22", "Gandhinagar", "IN");
		meeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 14, "2024-02-12", "2024-02-17", "Samarkand", "UZ");
		// the next COP, always ahead: its civil-society reporting cycle is open in the
		// demo
		LocalDate next = LocalDate.now(this.clock).plusWeeks(16);
		this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 15, next, next.plusDays(5),
				"Campo Grande", "BR"));
		meeting(GoverningBody.AEWA_MEETING_OF_THE_PARTIES, 8, "2022-09-26", "2022-09-30", "Budapest", "HU");
		LocalDate aewa = LocalDate.now(this.clock).plusWeeks(20);
		this.bodies.schedule(
				new NewMeeting(GoverningBody.AEWA_MEETING_OF_THE_PARTIES, 9, aewa, aewa.plusDays(4), "Bonn", "DE"));
		meeting(GoverningBody.STANDING_COMMITTEE, 48, "2018-10-23", "2018-10-24", "Bonn", "DE");
		meeting(GoverningBody.STANDING_COMMITTEE, 49, "2018-10-23", "2018-10-24", "Bonn", "DE");
		meeting(GoverningBody.SESSIONAL_COMMITTEE, 3, "2018-05-29", "2018-06-01", "Bonn", "DE");
		meeting(GoverningBody.SESSIONAL_COMMITTEE, 4, "2019-11-12", "2019-11-15", "Bonn", "DE");
	}

	private void meeting(UUID body, int number, String start, String end, String place, String country) {
		this.bodies
			.schedule(new NewMeeting(body, number, LocalDate.parse(start), LocalDate.parse(end), place, country));
	}

}
