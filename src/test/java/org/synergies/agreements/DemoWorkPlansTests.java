package org.synergies.agreements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the profile {@code demo}, the joint work programme with CITES carries its work
 * plan, the African Carnivores Initiative among its deliverables, and the plans with
 * Ramsar and the CBD show what was late when they expired.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoWorkPlansTests {

	@Autowired
	Agreements agreements;

	@Autowired
	WorkPlans plans;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theJointWorkPlansTheSeedNamesCarryGoalsDeliverablesAndProgress() {
		List<AgreementView> all = this.agreements.list(AgreementQuery.ALL);
		AgreementView cites = named(all, "CMS–CITES Joint Work Programme 2015–2020");
		WorkPlanView plan = this.plans.plan(cites.id());

		assertThat(plan.goals()).hasSize(2);
		assertThat(plan.deliverables()).extracting(WorkPlanView.Deliverable::titleEn)
			.anyMatch(title -> title.startsWith("African Carnivores Initiative"));
		assertThat(plan.deliverables()).allMatch(deliverable -> !deliverable.dueOn().isAfter(cites.validUntil()));
		assertThat(plan.deliverables()).allMatch(deliverable -> !deliverable.targets().isEmpty());
		assertThat(this.plans.plan(named(all, "Joint Work Plan between CMS and the Ramsar Convention").id()).late())
			.isNotEmpty();
		assertThat(this.plans.plan(named(all, "Joint Work Plan between CMS and the CBD").id()).goals()).hasSize(1);
		assertThat(this.mvc.get().uri("/agreements/" + cites.id() + "/work-plan").header("Accept-Language", "es"))
			.hasStatusOk()
			.bodyText()
			.contains("Iniciativa para los Carnívoros Africanos", "Terminado");
	}

	private static AgreementView named(List<AgreementView> all, String title) {
		return all.stream().filter(agreement -> agreement.titleEn().equals(title)).findFirst().orElseThrow();
	}

}
