package org.synergies.mandates.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.mandates.Addressee;
import org.synergies.mandates.DecisionPeriod;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.Duties;
import org.synergies.mandates.Duty;
import org.synergies.mandates.ImplementationStatus;
import org.synergies.mandates.MandateAddress;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateLink;
import org.synergies.mandates.MandateLinks;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.NotFoundException;

/**
 * What a text's page and a paragraph's page show of who must do what (the templates ask
 * for it, so the reading controllers stay as they are): addressees, implementation
 * status, notes, what has been done under it, and a decision's period.
 */
@Component("dutyPanels")
public class DutyPanels {

	private final Duties duties;

	private final DecisionPeriods periods;

	private final MandateLinks links;

	private final GoverningBodies bodies;

	private final org.synergies.meetings.MeetingNames names;

	DutyPanels(Duties duties, DecisionPeriods periods, MandateLinks links, GoverningBodies bodies,
			org.synergies.meetings.MeetingNames names) {
		this.names = names;
		this.duties = duties;
		this.periods = periods;
		this.links = links;
		this.bodies = bodies;
	}

	/**
	 * @param paragraph an operative paragraph ("6.bis"), none for the text as a whole
	 * @param others for the text, the paragraphs whose duty is described
	 */
	public record Panel(MandateView mandate, @Nullable String paragraph, Duty duty, List<MandateLink> links,
			@Nullable DecisionPeriod period, boolean lapsed, List<Duty> others) {

		public boolean isDecision() {
			return this.mandate.kind() == MandateKind.DECISION;
		}

	}

	public Panel text(MandateView mandate) {
		Map<String, Duty> all = this.duties.all(mandate.id());
		List<Duty> described = all.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().isEmpty() && entry.getValue().isDescribed())
			.map(Map.Entry::getValue)
			.toList();
		DecisionPeriod period = this.periods.of(mandate.id()).orElse(null);
		return new Panel(mandate, null, all.get(""), this.links.linkedTo(MandateAddress.of(mandate, null)), period,
				period != null && period.lapsedOn(this.periods.today()), described);
	}

	public Panel paragraph(MandateView mandate, String written) {
		ParagraphNumber number = ParagraphNumber.parse(written)
			.orElseThrow(() -> new NotFoundException("paragraph", written));
		return new Panel(mandate, number.toString(), this.duties.of(mandate.id(), number),
				this.links.linkedTo(MandateAddress.of(mandate, number)), null, false, List.of());
	}

	public List<Addressee> addressees() {
		return List.of(Addressee.values());
	}

	public List<ImplementationStatus> statuses() {
		return List.of(ImplementationStatus.values());
	}

	/** The meeting at whose opening a decision lapsed, none if in force. */
	public org.synergies.shared.@Nullable Name lapsedAt(MandateView mandate) {
		if (mandate.kind() != MandateKind.DECISION || !this.periods.isLapsed(mandate)) {
			return null;
		}
		return this.periods.of(mandate.id()).map(period -> meeting(period.until().id())).orElse(null);
	}

	/** The meeting as sentences name it, with its article in each language. */
	public org.synergies.shared.Name meeting(java.util.UUID meeting) {
		return this.names.meeting(meeting);
	}

	/** Today, the latest date a note may bear. */
	public String today() {
		return this.periods.today().toString();
	}

	/** Meetings for a decision's period, latest first. */
	public List<MeetingView> meetings() {
		return this.bodies.meetings(null)
			.stream()
			.sorted(Comparator.comparing(MeetingView::startsOn).reversed())
			.toList();
	}

}
