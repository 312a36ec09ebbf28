package org.synergies.accreditation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accreditation.WorkingGroups;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.system.DemoData;

/**
 * The mandate as the demo records it: COP13 (Gandhinagar, February 2020) adopted
 * decisions 13.AA–13.CC (UNEP/CMS/COP13/Doc.18, Annex 2), and the Secretariat established
 * the intersessional working group they ask for, with a Party, an NGO and the Secretariat
 * on it. The working group's drafts of the process and of the reporting format follow.
 */
@Component
@DemoData
@Order(22)
class DemoMandate implements ApplicationRunner {

	static final String WORKING_GROUP = "IWG-NGO";

	private final GoverningBodies bodies;

	private final WorkingGroups groups;

	DemoMandate(GoverningBodies bodies, WorkingGroups groups) {
		this.bodies = bodies;
		this.groups = groups;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.bodies.bodies().stream().anyMatch(body -> WORKING_GROUP.equals(body.code()))) {
			return;
		}
		MeetingView cop13 = this.bodies.meetings(GoverningBody.CONFERENCE_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == 13)
			.findFirst()
			.orElseThrow();
		decision(cop13, "13.AA",
				"The Secretariat shall: a) establish an intersessional working group comprising Parties, the Secretariat, NGOs, including members of the Civil Society Project Steering Group, and other relevant organizations, to explore options for a special accreditation of CMS NGO partners, including a process and a model of report to the COP; b) present a proposal for the accreditation of CMS NGO partners under a) to the Standing Committee for consideration and adoption in the intersessional period between the 13th and 14th meetings of the Conference of the Parties; c) after approval of the proposal under b), invite NGO partners to apply for this special accreditation and submit applications to the Standing Committee in the intersessional period between COP13 and COP14.");
		decision(cop13, "13.BB",
				"Parties, NGOs, including members of the Civil Society Project Steering Group, and other relevant organizations are invited to assist the Secretariat in exploring options for a special accreditation of CMS NGO partners for consideration by the Standing Committee in the intersessional period between the 13th and 14th meetings of the Conference of the Parties.");
		decision(cop13, "13.CC",
				"The Standing Committee, in the intersessional period between the 13th and 14th meetings of the Conference of the Parties, is: a) invited to consider the proposal under 13.AA b), and is authorized to adopt the process for granting a special accreditation to CMS NGO partners; b) invited to consider and approve applications of NGOs under 13.AA c).");
		GoverningBody group = this.bodies.createWorkingGroup(WORKING_GROUP,
				"Intersessional working group on the special accreditation of NGO partners",
				"Groupe de travail intersessions sur l’accréditation spéciale des ONG partenaires",
				"Grupo de trabajo entre períodos de sesiones sobre la acreditación especial de ONG asociadas");
		this.groups.addMember(group.id(), "officer@synergies.example", Represents.SECRETARIAT, null, null);
		this.groups.addMember(group.id(), "focalpoint@synergies.example", Represents.PARTY, "IN", null);
		this.groups.addMember(group.id(), "member@synergies.example", Represents.NGO, null, null);
	}

	private void decision(MeetingView cop13, String reference, String text) {
		LocalDate closing = cop13.endsOn();
		this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop13.id(),
				DecisionProcedure.MEETING, reference, closing, text, (UUID) null));
	}

}
