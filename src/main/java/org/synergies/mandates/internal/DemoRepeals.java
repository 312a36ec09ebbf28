package org.synergies.mandates.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.mandates.AmendmentRepeals;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.Repeals;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.NotFoundException;
import org.synergies.system.DemoData;

/**
 * The texts Resolution 11.10 (Rev.COP12) names as its predecessors, by their titles only
 * (their paragraphs are not entered): Resolutions 7.9, 8.11, 9.6 and 10.21, which its
 * paragraph 27 repeals, and Resolution 11.11, which paragraph 27 of the COP13 amendment
 * (the seed's Annex 1, drafted by {@link DemoAmendments} just before) proposes to repeal:
 * repealed by Rev.COP13 once the Conference adopts it. Each was adopted at the COP its
 * number names, scheduled here when the demonstration does not have it yet (COP7 Bonn
 * 2002, COP8 Nairobi 2005, COP9 Rome 2008, COP10 Bergen 2011, COP11 Quito 2014). Titles
 * as the seed's recitals give them in French; English as CMS published them; Spanish
 * prepared for the demonstration.
 */
@Component
@DemoData
@Order(42)
class DemoRepeals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRepeals.class);

	/** Number, meeting (number, dates, place, country), titles EN, FR, ES. */
	private static final List<List<String>> TEXTS = List.of(
			List.of("7.9", "7", "2002-09-18", "2002-09-24", "Bonn", "DE", "Cooperation with Other Bodies and Processes",
					"Coopération avec d’autres organismes et processus", "Cooperación con otros órganos y procesos"),
			List.of("8.11", "8", "2005-11-20", "2005-11-25", "Nairobi", "KE", "Co-operation with other Conventions",
					"Coopération avec d’autres conventions", "Cooperación con otras convenciones"),
			List.of("9.6", "9", "2008-12-01", "2008-12-05", "Rome", "IT", "Cooperation with Other Bodies",
					"La coopération avec d’autres organismes", "Cooperación con otros órganos"),
			List.of("10.21", "10", "2011-11-20", "2011-11-25", "Bergen", "NO", "Synergies and Partnerships",
					"Synergies et partenariats", "Sinergias y asociaciones"),
			List.of("11.11", "11", "2014-11-04", "2014-11-09", "Quito", "EC",
					"Enhancing the Relationship between the CMS Family and Civil Society",
					"Renforcement des relations entre la famille de la CMS et la société civile",
					"Mejora de la relación entre la Familia de la CMS y la sociedad civil"));

	private final Mandates mandates;

	private final Repeals repeals;

	private final GoverningBodies bodies;

	private final AmendmentRecords amendments;

	private final AmendmentRepeals amendmentRepeals;

	DemoRepeals(Mandates mandates, Repeals repeals, GoverningBodies bodies, AmendmentRecords amendments,
			AmendmentRepeals amendmentRepeals) {
		this.amendments = amendments;
		this.amendmentRepeals = amendmentRepeals;
		this.mandates = mandates;
		this.repeals = repeals;
		this.bodies = bodies;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		MandateView elevenTen;
		try {
			elevenTen = this.mandates.at("11.10", "rev-cop12");
		}
		catch (NotFoundException absent) {
			return;
		}
		boolean seeded = this.mandates.list()
			.stream()
			.anyMatch(text -> text.kind() == MandateKind.RESOLUTION && text.number().equals("7.9"));
		if (!seeded) {
			seed(elevenTen);
		}
		proposeInTheAmendment(elevenTen);
	}

	private void seed(MandateView elevenTen) {
		for (List<String> text : TEXTS) {
			this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, text.get(0), null, text.get(6), text.get(7),
					text.get(8), meeting(text), MandateStatus.ADOPTED));
		}
		this.repeals.repeal(elevenTen.id(), ParagraphNumber.of(27),
				List.of("Resolution 7.9", "Resolution 8.11", "Resolution 9.6", "Resolution 10.21"));
		log.info("Demo data: Resolutions 7.9, 8.11, 9.6, 10.21 (repealed by 11.10 (Rev.COP12) paragraph 27) and 11.11");
	}

	/**
	 * The amendment's paragraph 27 repeals Resolution 11.11 (as the seed's Annex 1 has
	 * it).
	 */
	private void proposeInTheAmendment(MandateView elevenTen) {
		Amendment amendment = this.amendments.findByMandateIdOrderByCreatedAtDesc(elevenTen.id())
			.stream()
			.findFirst()
			.orElse(null);
		if (amendment == null || !amendment.view().isDraft() || !amendment.repealsProposed().isEmpty()
				|| this.repeals.of(this.mandates.at("11.11", null)).isPresent()) {
			return;
		}
		this.amendmentRepeals.propose(amendment.id(), amendment.version(), "27", List.of("Resolution 11.11"));
		log.info("Demo data: the COP13 amendment to Resolution 11.10 repeals Resolution 11.11 by its paragraph 27");
	}

	private UUID meeting(List<String> text) {
		int number = Integer.parseInt(text.get(1));
		return this.bodies.meetings(GoverningBody.CONFERENCE_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == number)
			.map(MeetingView::id)
			.findFirst()
			.orElseGet(() -> this.bodies
				.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, number, LocalDate.parse(text.get(2)),
						LocalDate.parse(text.get(3)), text.get(4), text.get(5)))
				.id());
	}

}
