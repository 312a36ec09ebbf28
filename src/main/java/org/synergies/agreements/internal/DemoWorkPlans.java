package org.synergies.agreements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.CurrentUser;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.agreements.DeliverableDetails;
import org.synergies.agreements.DeliverableStatus;
import org.synergies.agreements.ProgressReport;
import org.synergies.agreements.WorkPlanGoalDetails;
import org.synergies.agreements.WorkPlanProgress;
import org.synergies.agreements.WorkPlanView;
import org.synergies.agreements.WorkPlans;
import org.synergies.system.DemoData;

import static org.synergies.agreements.DeliverableStatus.COMPLETED;
import static org.synergies.agreements.DeliverableStatus.DELAYED;
import static org.synergies.agreements.DeliverableStatus.IN_PROGRESS;

/**
 * Work plans for the joint work programme with CITES 2015–2020 (para. 92 of the source
 * document: the African Carnivores Initiative was set up under it) and the joint work
 * plans with Ramsar and the CBD (para. 94), with goals tied to targets of the Strategic
 * Plan for Migratory Species and progress recorded by the Secretariat's officer. The
 * document gives no deliverables: these are plausible, and some are late, as plans that
 * expired in 2018 would show.
 */
@Component
@DemoData
@Order(36)
class DemoWorkPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkPlans.class);

	private record Item(String en, String fr, String es, boolean partner, String due, List<Integer> targets,
			DeliverableStatus status, int percent, String noted, String noteEn, String noteFr, String noteEs) {
	}

	private record Goal(String en, String fr, String es, List<Item> items) {
	}

	private record Plan(String agreement, List<Goal> goals) {
	}

	private static final List<Plan> PLANS = List.of(new Plan("CMS–CITES Joint Work Programme 2015–2020", List
		.of(new Goal("Conservation of shared terrestrial species", "Conservation des espèces terrestres communes",
				"Conservación de especies terrestres compartidas",
				List.of(new Item("African Carnivores Initiative (cheetah, lion, leopard, African wild dog)",
						"Initiative pour les carnivores d’Afrique (guépard, lion, léopard, lycaon)",
						"Iniciativa para los Carnívoros Africanos (guepardo, león, leopardo, licaón)", true,
						"2018-12-31", List.of(8, 9), COMPLETED, 100, "2018-11-30",
						"The Initiative was set up jointly by the two Secretariats and its programme of work adopted.",
						"L’Initiative a été créée conjointement par les deux secrétariats et son programme de travail adopté.",
						"La Iniciativa fue creada conjuntamente por ambas Secretarías y se aprobó su programa de trabajo."),
						new Item("Joint reviews of shared species listed in both Conventions",
								"Examens conjoints des espèces communes inscrites aux deux conventions",
								"Exámenes conjuntos de especies compartidas incluidas en ambas convenciones", false,
								"2020-06-30", List.of(8, 15), IN_PROGRESS, 60, "2019-10-15",
								"Reviews of the saker falcon and the argali completed; others under way.",
								"Les examens du faucon sacre et de l’argali sont achevés, d’autres sont en cours.",
								"Concluidos los exámenes del halcón sacre y del argali; otros en curso."))),
				new Goal("Capacity building against illegal killing and trade",
						"Renforcement des capacités contre l’abattage et le commerce illicites",
						"Creación de capacidad contra la matanza y el comercio ilegales",
						List.of(new Item("Joint regional workshops for enforcement officers",
								"Ateliers régionaux communs pour les agents chargés de la lutte contre la fraude",
								"Talleres regionales conjuntos para agentes de aplicación de la ley", true,
								"2020-12-31", List.of(7, 9), DELAYED, 40, "2020-09-01",
								"Two of five workshops held; the others postponed by the pandemic.",
								"Deux des cinq ateliers ont eu lieu, les autres ont été reportés en raison de la pandémie.",
								"Se celebraron dos de los cinco talleres; los demás se aplazaron por la pandemia."))))),
			new Plan("Joint Work Plan between CMS and the Ramsar Convention", List.of(new Goal(
					"Networks of wetlands for migratory waterbirds",
					"Réseaux de zones humides pour les oiseaux d’eau migrateurs",
					"Redes de humedales para las aves acuáticas migratorias",
					List.of(new Item("Joint guidance on site networks along the flyways",
							"Orientations communes sur les réseaux de sites le long des voies de migration",
							"Orientaciones conjuntas sobre redes de sitios a lo largo de las rutas migratorias", true,
							"2018-03-31", List.of(10), COMPLETED, 100, "2018-03-20",
							"Guidance published and presented to both Standing Committees.",
							"Orientations publiées et présentées aux deux comités permanents.",
							"Orientaciones publicadas y presentadas a ambos Comités Permanentes."),
							new Item("Harmonized national reporting on wetlands and migratory species",
									"Harmonisation des rapports nationaux sur les zones humides et les espèces migratrices",
									"Armonización de los informes nacionales sobre humedales y especies migratorias",
									false, "2018-06-30", List.of(13, 15), IN_PROGRESS, 50, "2018-05-15",
									"Common reporting modules drafted; testing with pilot Parties.",
									"Modules de rapport communs rédigés, en test avec des Parties pilotes.",
									"Módulos comunes de informe redactados; en prueba con Partes piloto."))))),
			new Plan("Joint Work Plan between CMS and the CBD", List.of(new Goal(
					"Migratory species in national biodiversity strategies",
					"Les espèces migratrices dans les stratégies nationales pour la biodiversité",
					"Las especies migratorias en las estrategias nacionales de biodiversidad",
					List.of(new Item("Guidance on integrating migratory species into NBSAPs",
							"Orientations pour intégrer les espèces migratrices dans les SPANB",
							"Orientaciones para integrar las especies migratorias en las EPANB", true, "2018-06-30",
							List.of(13), DELAYED, 70, "2018-06-01",
							"Draft guidance reviewed by the Scientific Council; publication delayed.",
							"Projet d’orientations examiné par le Conseil scientifique, publication retardée.",
							"Proyecto de orientaciones examinado por el Consejo Científico; publicación retrasada."),
							new Item("Joint side events at CBD meetings",
									"Manifestations parallèles communes aux réunions de la CDB",
									"Actos paralelos conjuntos en las reuniones del CDB", false, "2018-06-30",
									List.of(2), COMPLETED, 100, "2018-06-20",
									"Side events held at SBSTTA-21 and SBSTTA-22.",
									"Manifestations parallèles tenues au SBSTTA-21 et au SBSTTA-22.",
									"Actos paralelos celebrados en el OSACTT-21 y el OSACTT-22."))))));

	private final Agreements agreements;

	private final WorkPlans plans;

	private final WorkPlanProgress progress;

	private final AccountManagement accounts;

	DemoWorkPlans(Agreements agreements, WorkPlans plans, WorkPlanProgress progress, AccountManagement accounts) {
		this.agreements = agreements;
		this.plans = plans;
		this.progress = progress;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		CurrentUser officer = CurrentUser.of(this.accounts.findByEmail("officer@synergies.example").orElseThrow());
		int seeded = officer.runAs(() -> {
			int count = 0;
			for (Plan plan : PLANS) {
				AgreementView agreement = find(plan.agreement());
				if (agreement != null && this.plans.plan(agreement.id()).isEmpty()) {
					seed(agreement, plan);
					count++;
				}
			}
			return count;
		});
		log.info("Demo data: {} work plans seeded", seeded);
	}

	private void seed(AgreementView agreement, Plan plan) {
		UUID partner = agreement.partners().get(0);
		for (Goal goal : plan.goals()) {
			WorkPlanView.Goal added = this.plans.addGoal(agreement.id(),
					new WorkPlanGoalDetails(goal.en(), goal.fr(), goal.es()));
			for (Item item : goal.items()) {
				WorkPlanView.Deliverable deliverable = this.plans.addDeliverable(agreement.id(),
						new DeliverableDetails(added.id(), item.en(), item.fr(), item.es(),
								item.partner() ? partner : null, null, LocalDate.parse(item.due()), item.targets()));
				this.progress.report(agreement.id(), deliverable.id(), deliverable.version(),
						new ProgressReport(item.status(), item.percent(), LocalDate.parse(item.noted()), item.noteEn(),
								item.noteFr(), item.noteEs()));
			}
		}
	}

	private @Nullable AgreementView find(String title) {
		return this.agreements.list(AgreementQuery.ALL)
			.stream()
			.filter(agreement -> agreement.titleEn().equals(title))
			.findFirst()
			.orElse(null);
	}

}
