package org.synergies.mandates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.mandates.Addressee;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.Duties;
import org.synergies.mandates.ImplementationStatus;
import org.synergies.mandates.DecisionHeading;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.Language;
import org.synergies.system.DemoData;

/**
 * Decisions 13.AA–13.CC "NGO participation in CMS processes" as the seed's Annex 2 drafts
 * them (UNEP/CMS/COP13/Doc.18), adopted at COP13 for the period until COP14, each with
 * its addressees: the French is the seed's; the English and Spanish are translations
 * prepared for the demonstration. Who must do what under Resolution 11.10 (Rev.COP12) is
 * recorded for operative paragraphs 6 and 10, which a reporting cycle and the joint work
 * plans implement (their modules link themselves to them).
 */
@Component
@DemoData
@Order(41)
class DemoDecisions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	private static final String TITLE_EN = "NGO participation in CMS processes";

	private static final String TITLE_FR = "Participation des ONG aux processus de la CMS";

	private static final String TITLE_ES = "Participación de las ONG en los procesos de la CMS";

	private final Mandates mandates;

	private final Duties duties;

	private final DecisionPeriods periods;

	private final GoverningBodies bodies;

	DemoDecisions(Mandates mandates, Duties duties, DecisionPeriods periods, GoverningBodies bodies) {
		this.mandates = mandates;
		this.duties = duties;
		this.periods = periods;
		this.bodies = bodies;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.mandates.list().stream().anyMatch(text -> text.kind() == MandateKind.DECISION)) {
			return;
		}
		MeetingView cop13 = cop(13);
		MeetingView cop14 = cop(14);
		if (cop13 == null || cop14 == null) {
			return;
		}
		MandateView aa = decision("13.AA", cop13, cop14, Set.of(Addressee.SECRETARIAT), ImplementationStatus.COMPLETED,
				new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1", null, "The Secretariat shall:",
						"""
								a) establish an intersessional working group comprising Parties, the Secretariat, NGOs, including members of the Civil Society Project Steering Group, and other relevant organizations, to explore options for a special accreditation of CMS NGO partners, including a process and a model of report to the COP;
								b) present a proposal for the accreditation of CMS NGO partners under a) to the Standing Committee for consideration and adoption in the intersessional period between the 13th and 14th meetings of the Conference of the Parties;
								c) after approval of the proposal under b), invite NGO partners to apply for this special accreditation and submit applications to the Standing Committee in the intersessional period between the 13th and 14th meetings of the Conference of the Parties.""",
						null),
				new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "1", null, "Le Secrétariat doit :",
						"""
								a) établir un groupe de travail intersessions comprenant les Parties, le Secrétariat, les ONG, y compris les membres du Groupe de pilotage du projet de la société civile, et d’autres organisations pertinentes pour explorer les options d’une accréditation spéciale pour les ONG partenaires de la CMS, y compris un processus et un modèle de rapport à la COP ;
								b) présenter une proposition pour l’accréditation des ONG partenaires à la CMS au titre de a) au Comité permanent pour examen et adoption pendant la période intersessions entre les 13e et 14e sessions de la Conférence des Parties ;
								c) après l’approbation de la proposition sous b), inviter les ONG partenaires à demander cette accréditation spéciale et à présenter des demandes au Comité permanent pendant l’intersession entre les 13e et 14e sessions de la Conférence des Parties.""",
						null),
				new ParagraphDetails(Language.ES, ParagraphKind.OPERATIVE, "1", null, "La Secretaría deberá:",
						"""
								a) establecer un grupo de trabajo entre períodos de sesiones integrado por las Partes, la Secretaría, las ONG, incluidos los miembros del Grupo Directivo del Proyecto de la Sociedad Civil, y otras organizaciones pertinentes, para estudiar opciones de una acreditación especial de las ONG asociadas a la CMS, incluidos un proceso y un modelo de informe a la COP;
								b) presentar una propuesta para la acreditación de las ONG asociadas a la CMS con arreglo al apartado a) al Comité Permanente para su examen y aprobación en el período entre las reuniones 13.ª y 14.ª de la Conferencia de las Partes;
								c) tras la aprobación de la propuesta mencionada en el apartado b), invitar a las ONG asociadas a solicitar esta acreditación especial y a presentar sus solicitudes al Comité Permanente en el período entre las reuniones 13.ª y 14.ª de la Conferencia de las Partes.""",
						null));
		decision("13.BB", cop13, cop14, Set.of(Addressee.PARTIES, Addressee.NGOS), ImplementationStatus.ONGOING,
				new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1", null,
						"Parties, NGOs, including members of the Civil Society Project Steering Group, and other relevant organizations are invited to assist the Secretariat in exploring options for a special accreditation of CMS NGO partners for consideration by the Standing Committee in the intersessional period between the 13th and 14th meetings of the Conference of the Parties.",
						null, null),
				new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "1", null,
						"Les Parties, les ONG, y compris les membres du Groupe de pilotage du projet de la société civile, et d’autres organisations concernées sont invitées à aider le Secrétariat à explorer les options pour une accréditation spéciale des ONG partenaires auprès de la CMS pour examen par le Comité permanent pendant l’intersession entre les 13e et 14e séances de la Conférence des Parties.",
						null, null),
				new ParagraphDetails(Language.ES, ParagraphKind.OPERATIVE, "1", null,
						"Se invita a las Partes, las ONG, incluidos los miembros del Grupo Directivo del Proyecto de la Sociedad Civil, y otras organizaciones pertinentes a que ayuden a la Secretaría a estudiar opciones de una acreditación especial de las ONG asociadas a la CMS, para su examen por el Comité Permanente en el período entre las reuniones 13.ª y 14.ª de la Conferencia de las Partes.",
						null, null));
		decision("13.CC", cop13, cop14, Set.of(Addressee.STANDING_COMMITTEE), ImplementationStatus.ONGOING,
				new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1", null,
						"The Standing Committee, in the intersessional period between the 13th and 14th meetings of the Conference of the Parties, is:",
						"""
								a) invited to consider the proposal under Decision 13.AA b), and is authorized to adopt the process for granting a special accreditation to CMS NGO partners;
								b) invited to consider and approve applications of NGOs under Decision 13.AA c).""",
						null),
				new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "1", null,
						"Le Comité permanent, pendant la période intersessions entre les 13e et 14e séances de la Conférence des Parties, est :",
						"""
								a) invité à examiner la proposition au point 13.AA b), et est autorisé à adopter le processus d’attribution d’une accréditation spéciale pour les ONG partenaires à la CMS ;
								b) invité à examiner et approuver les demandes des ONG au titre de l’article 13.AA c).""",
						null),
				new ParagraphDetails(Language.ES, ParagraphKind.OPERATIVE, "1", null,
						"Se invita al Comité Permanente, en el período entre las reuniones 13.ª y 14.ª de la Conferencia de las Partes, a:",
						"""
								a) examinar la propuesta mencionada en la Decisión 13.AA b), y se le autoriza a adoptar el proceso para conceder una acreditación especial a las ONG asociadas a la CMS;
								b) examinar y aprobar las solicitudes de las ONG con arreglo a la Decisión 13.AA c).""",
						null));
		this.duties.note(aa.id(), null, cop13.endsOn().plusMonths(8),
				"The intersessional working group was established; its members are listed on the accreditation pages.",
				"Le groupe de travail intersessions a été établi ; ses membres figurent dans les pages de l’accréditation.",
				"Se estableció el grupo de trabajo entre períodos de sesiones; sus miembros figuran en las páginas de la acreditación.");
		resolution();
		log.info("Demo data: decisions 13.AA–13.CC seeded, in force from COP13 until COP14");
	}

	private MandateView decision(String number, MeetingView adopted, MeetingView until, Set<Addressee> addressees,
			ImplementationStatus status, ParagraphDetails... paragraphs) {
		MandateView recorded = this.mandates.record(new MandateDetails(MandateKind.DECISION, number, null, TITLE_EN,
				TITLE_FR, TITLE_ES, adopted.id(), MandateStatus.ADOPTED));
		MandateView entered = this.mandates.enter(recorded.id(), recorded.version(), List.of(paragraphs));
		// the seed's Annex 2 sets them under the agenda item's heading
		entered = this.mandates.head(entered.id(), entered.version(), new DecisionHeading("Synergies and partnerships",
				"Synergies et partenariats", "Sinergias y asociaciones"));
		this.periods.set(entered.id(), adopted.id(), until.id(), 0);
		this.duties.assign(entered.id(), null, addressees, status, 0);
		return entered;
	}

	/**
	 * Who must act under operative paragraphs 6 and 10 of Resolution 11.10 (Rev.COP12).
	 */
	private void resolution() {
		MandateView resolution = this.mandates.list()
			.stream()
			.filter(text -> text.kind() == MandateKind.RESOLUTION && text.number().equals("11.10"))
			.findFirst()
			.orElse(null);
		if (resolution == null) {
			return;
		}
		List<Addressee> six = new ArrayList<>(List.of(Addressee.SECRETARIAT, Addressee.PARTIES, Addressee.NGOS));
		this.duties.assign(resolution.id(), ParagraphNumber.of(6), Set.copyOf(six), ImplementationStatus.ONGOING, 0);
		this.duties.assign(resolution.id(), ParagraphNumber.of(10), Set.of(Addressee.SECRETARIAT),
				ImplementationStatus.ONGOING, 0);
		this.duties.note(resolution.id(), ParagraphNumber.of(10), LocalDate.parse("2019-10-01"),
				"The joint work plans with the Ramsar and CBD Secretariats expired in 2018; the Standing Committee approved their extension at its 48th meeting.",
				"Les plans de travail conjoints avec les Secrétariats de Ramsar et de la CDB ont expiré en 2018 ; le Comité permanent a approuvé leur prolongation à sa 48e réunion.",
				"Los planes de trabajo conjuntos con las Secretarías de Ramsar y del CDB expiraron en 2018; el Comité Permanente aprobó su prórroga en su 48.ª reunión.");
	}

	private MeetingView cop(int number) {
		return this.bodies.meetings(GoverningBody.CONFERENCE_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == number)
			.findFirst()
			.orElse(null);
	}

}
