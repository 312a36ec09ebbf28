package org.synergies.agreements.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.AgreementSignature;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.system.DemoData;

import static org.synergies.agreements.AgreementKind.JOINT_WORK_PLAN;
import static org.synergies.agreements.AgreementKind.MEMORANDUM_OF_COOPERATION;
import static org.synergies.agreements.AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
import static org.synergies.agreements.AgreementKind.OTHER;
import static org.synergies.agreements.AgreementKind.PARTNERSHIP_AGREEMENT;

/**
 * Every agreement the source document (UNEP/CMS/COP13/Doc.18) names, with the dates it
 * gives: the CMS–CITES joint work programme 2015–2020 (para. 92); the joint work plans
 * with Ramsar and the CBD, expired in 2018 and reported to StC48 (para. 94: the document
 * gives the year only, so the demo ends them on 30 June 2018, before StC48); the
 * memoranda of understanding with the IWC, UNESCO, Ramsar, the Bern Convention, CITES,
 * Wild Migration and the IUCN Environmental Law Centre (draft resolution, no dates:
 * signed and in force, dates left unknown); the memorandum of cooperation under
 * discussion with FAO; Born Free Foundation's partnership agreement, signed at ScC-SC3
 * (para. 108); the agreement of CMS, AEWA and Environment for the Americas on World
 * Migratory Bird Day, concluded on the margins of COP12 (para. 111). All partners are in
 * the demo registry.
 */
@Component
@DemoData
@Order(35)
class DemoAgreements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

	private record Demo(AgreementKind kind, String instrument, List<String> partners, String en, String fr, String es,
			@Nullable String from, @Nullable String until, boolean signed, @Nullable String meeting) {
	}

	private static final List<Demo> AGREEMENTS = List.of(
			new Demo(JOINT_WORK_PLAN, "CMS", List.of("CITES"), "CMS–CITES Joint Work Programme 2015–2020",
					"Programme de travail conjoint CMS-CITES 2015-2020",
					"Programa de trabajo conjunto CMS-CITES 2015-2020", "2015-01-01", "2020-12-31", true, null),
			new Demo(JOINT_WORK_PLAN, "CMS", List.of("Ramsar"), "Joint Work Plan between CMS and the Ramsar Convention",
					"Plan de travail conjoint entre la CMS et la Convention de Ramsar",
					"Plan de trabajo conjunto entre la CMS y la Convención de Ramsar", null, "2018-06-30", true, null),
			new Demo(JOINT_WORK_PLAN, "CMS", List.of("CBD"), "Joint Work Plan between CMS and the CBD",
					"Plan de travail conjoint entre la CMS et la CDB", "Plan de trabajo conjunto entre la CMS y el CDB",
					null, "2018-06-30", true, null),
			mou("IWC", "the International Whaling Commission", "la Commission baleinière internationale",
					"la Comisión Ballenera Internacional"),
			mou("UNESCO World Heritage Centre", "UNESCO", "l’UNESCO", "la UNESCO"),
			mou("Ramsar", "the Ramsar Convention", "la Convention de Ramsar", "la Convención de Ramsar"),
			mou("Bern Convention", "the Bern Convention", "la Convention de Berne", "el Convenio de Berna"),
			mou("CITES", "CITES", "la CITES", "la CITES"),
			mou("Wild Migration", "Wild Migration", "Wild Migration", "Wild Migration"),
			mou("IUCN ELC", "the IUCN Environmental Law Centre", "le Centre du droit de l’environnement de l’UICN",
					"el Centro de Derecho Ambiental de la UICN"),
			new Demo(MEMORANDUM_OF_COOPERATION, "CMS", List.of("FAO"), "Memorandum of Cooperation between CMS and FAO",
					"Mémorandum de coopération entre la CMS et la FAO",
					"Memorando de cooperación entre la CMS y la FAO", null, null, false, null),
			new Demo(PARTNERSHIP_AGREEMENT, "CMS", List.of("Born Free Foundation"),
					"Partnership Agreement between the CMS Secretariat and Born Free Foundation",
					"Accord de partenariat entre le Secrétariat de la CMS et Born Free Foundation",
					"Acuerdo de asociación entre la Secretaría de la CMS y Born Free Foundation", null, null, true,
					"ScC-SC3"),
			new Demo(OTHER, "CMS", List.of("AEWA", "EFTA"),
					"Agreement between CMS, AEWA and Environment for the Americas on World Migratory Bird Day",
					"Accord entre la CMS, l’AEWA et Environment for the Americas sur la Journée mondiale des oiseaux migrateurs",
					"Acuerdo entre la CMS, el AEWA y Medio Ambiente para las Américas sobre el Día Mundial de las Aves Migratorias",
					null, null, true, "COP12"));

	private static Demo mou(String partner, String en, String fr, String es) {
		return new Demo(MEMORANDUM_OF_UNDERSTANDING, "CMS", List.of(partner),
				"Memorandum of Understanding between the CMS Secretariat and " + en,
				"Mémorandum d’entente entre le Secrétariat de la CMS et " + fr,
				"Memorando de entendimiento entre la Secretaría de la CMS y " + es, null, null, true, null);
	}

	private final Agreements agreements;

	private final OrganizationManagement organizations;

	private final GoverningBodies bodies;

	DemoAgreements(Agreements agreements, OrganizationManagement organizations, GoverningBodies bodies) {
		this.agreements = agreements;
		this.organizations = organizations;
		this.bodies = bodies;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.agreements.list(AgreementQuery.ALL).isEmpty()) {
			return;
		}
		Map<String, UUID> partners = new HashMap<>();
		this.organizations.forEach(DirectoryQuery.firstPage(DirectoryQuery.MAX_SIZE), organization -> {
			partners.put(organization.officialName(), organization.id());
			if (organization.acronym() != null) {
				partners.put(organization.acronym(), organization.id());
			}
		});
		Map<String, UUID> meetings = new HashMap<>();
		for (MeetingView meeting : this.bodies.meetings(null)) {
			meetings.put(meeting.code(), meeting.id());
		}
		for (Demo demo : AGREEMENTS) {
			AgreementView agreement = this.agreements.negotiate(new AgreementDetails(demo.kind(), demo.instrument(),
					demo.partners().stream().map(partners::get).toList(), demo.en(), demo.fr(), demo.es(),
					date(demo.from()), date(demo.until()), null, null, null));
			if (demo.signed()) {
				this.agreements.sign(agreement.id(), new AgreementSignature(null, null,
						demo.meeting() == null ? null : meetings.get(demo.meeting())));
				this.agreements.enterIntoForce(agreement.id(), null);
			}
		}
		log.info("Demo data: {} agreements seeded", AGREEMENTS.size());
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		return text == null ? null : LocalDate.parse(text);
	}

}
