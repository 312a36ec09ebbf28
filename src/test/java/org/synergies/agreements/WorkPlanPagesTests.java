package org.synergies.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;
import org.synergies.system.FlashProblems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The work plan's pages: the public reads the plan on the agreement's page and its own;
 * the Secretariat is told in its language why a deliverable is refused; a partner's
 * member reports on their deliverable and sees it await review; the Secretariat's
 * overview lists what is late.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Agreements agreements;

	@Autowired
	WorkPlans plans;

	@Autowired
	Clock clock;

	AccountView officer;

	OrganizationView partner;

	AgreementView agreement;

	WorkPlanView.Goal goal;

	WorkPlanView.Deliverable deliverable;

	LocalDate today;

	@BeforeEach
	void aPlanWithALateDeliverable() {
		this.today = LocalDate.now(this.clock);
		this.officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		this.partner = this.organizations.ngo();
		TestAccounts.runAs(this.officer, () -> {
			AgreementView created = this.agreements
				.negotiate(new AgreementDetails(AgreementKind.JOINT_WORK_PLAN, "CMS", List.of(this.partner.id()),
						"Joint Work Plan " + TestOrganizations.unique(), "Plan de travail conjoint", null,
						this.today.minusYears(1), this.today.plusMonths(6), null, null, null));
			this.agreements.sign(created.id(), new AgreementSignature(null, "Bonn", null));
			this.agreement = this.agreements.enterIntoForce(created.id(), null);
			this.goal = this.plans.addGoal(this.agreement.id(),
					new WorkPlanGoalDetails("Flyway networks", "Réseaux de voies de migration", null));
			this.deliverable = this.plans.addDeliverable(this.agreement.id(),
					new DeliverableDetails(this.goal.id(), "Site guidance " + TestOrganizations.unique(), null, null,
							this.partner.id(), null, this.today.minusDays(2), List.of(10)));
			return this.agreement;
		});
	}

	@Test
	void thePublicReadsThePlanOnTheAgreementsPageAndItsOwn() {
		assertThat(this.mvc.get().uri("/agreements/" + this.agreement.id()).header("Accept-Language", "fr"))
			.hasStatusOk()
			.bodyText()
			.contains("Plan de travail", "But 1\u00a0: Réseaux de voies de migration", this.deliverable.titleEn(),
					"En retard", this.partner.officialName());
		assertThat(this.mvc.get().uri("/agreements/" + this.agreement.id() + "/work-plan")).hasStatusOk()
			.bodyText()
			.contains("Goal 1: Flyway networks", "Target 10", "Work plan status report")
			.doesNotContain("Report progress", "Add a goal");
	}

	@Test
	void aDeliverableDueAfterTheAgreementEndsIsRefusedInTheReadersLanguage() {
		var result = this.mvc.post()
			.uri("/agreements/" + this.agreement.id() + "/work-plan/deliverables")
			.param("goal", this.goal.id().toString())
			.param("titleEn", "Too late")
			.param("dueOn", this.today.plusYears(1).toString())
			.with(csrf())
			.with(TestAccounts.as(this.officer))
			.header("Accept-Language", "fr")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getMvcResult().getFlashMap().get(FlashProblems.ATTRIBUTE)).asString()
			.contains("ne peut être postérieure à la fin de l’accord");
		assertThat(this.plans.plan(this.agreement.id()).deliverables()).hasSize(1);
	}

	@Test
	void aPartnersMemberReportsOnTheirDeliverableAndSeesItAwaitReview() {
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("partner"), "Member",
				Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.partner.id()), null));
		String page = "/agreements/" + this.agreement.id() + "/work-plan";
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(member))).bodyText().contains("Report progress");

		assertThat(this.mvc.post()
			.uri(page + "/deliverables/" + this.deliverable.id() + "/progress")
			.param("status", "DELAYED")
			.param("percent", "30")
			.param("notedOn", this.today.toString())
			.param("noteEn", "Waiting for the site data.")
			.param("version", String.valueOf(this.deliverable.version()))
			.with(csrf())
			.with(TestAccounts.as(member))).hasRedirectedUrl(page + "?saved=");

		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(member))).bodyText()
			.contains("Awaiting the Secretariat’s review", "Waiting for the site data.");
		assertThat(this.mvc.get().uri(page)).bodyText().doesNotContain("Waiting for the site data.");
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(this.officer)).header("Accept-Language", "fr"))
			.bodyText()
			.contains("Accepter", "Renvoyer avec le commentaire");
	}

	@Test
	void theSecretariatSeesWhatIsLateAcrossAgreements() {
		assertThat(this.mvc.get()
			.uri("/agreements/work-plans/late")
			.with(TestAccounts.as(this.officer))
			.header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Produits en retard", this.deliverable.titleEn(), "Plan de travail conjoint");
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("partner"), "Member",
				Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.partner.id()), null));
		assertThat(this.mvc.get().uri("/agreements/work-plans/late").with(TestAccounts.as(member))).hasStatus(403);
	}

}
