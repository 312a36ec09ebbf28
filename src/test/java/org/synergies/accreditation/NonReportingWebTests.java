package org.synergies.accreditation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.reporting.CycleView;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestNonReporting;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages of non-reporting: the rule in the process's form, the register's filter of
 * those late, the proposals for the Committee with its decision, an entry's history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NonReportingWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestReporting reporting;

	@Autowired
	TestNonReporting nonReporting;

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	NonReportingProposals proposals;

	@Autowired
	AccreditationRegister register;

	@Test
	void theSecretariatWritesTheRuleInTheDraftAndAnInconsistentOneIsRefusedInPlace() {
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		ProcessView draft = draft();
		String page = "/accreditation/process/" + draft.id();

		assertThat(this.mvc.get().uri(page + "/edit").header("Accept-Language", "fr").with(TestAccounts.as(officer)))
			.hasStatusOk()
			.bodyText()
			.contains("En l’absence de rapport", "Jours avant l’avertissement adressé à l’organisation");
		assertThat(this.mvc.post()
			.uri(page + "/edit")
			.param("version", String.valueOf(draft.version()))
			.param("textEn", "The process.")
			.param("validityYears", "4")
			.param("criteria[0].textEn", "Works for migratory species.")
			.param("warnAfterDays", "30")
			.param("suspensionAfterDays", "20")
			.param("withdrawalAfterMonths", "")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Indiquez un nombre de jours supérieur à celui de l’avertissement");
		assertThat(this.mvc.post()
			.uri(page + "/edit")
			.param("version", String.valueOf(draft.version()))
			.param("textEn", "The process.")
			.param("validityYears", "4")
			.param("criteria[0].textEn", "Works for migratory species.")
			.param("warnAfterDays", "14")
			.param("suspensionAfterDays", "60")
			.param("withdrawalAfterMonths", "")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl(page + "?saved");

		assertThat(this.processes.nonReporting(draft.id())).isEqualTo(new NonReportingRule(14, 60, null));
		assertThat(this.mvc.get().uri(page).header("Accept-Language", "fr").with(TestAccounts.as(officer))).bodyText()
			.contains("une organisation est avertie 14 jours après")
			.contains("la suspension est proposée après 60 jours.");
	}

	@Test
	void theRegisterShowsWhoIsLateAndFiltersThem() {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		Ngo late = this.reporting.accreditedNgo(Language.EN, LocalDate.now().minusDays(60));
		CycleView cycle = this.reporting.cycle(LocalDate.now().minusDays(50), LocalDate.now().minusDays(2));
		Ngo onTime = this.reporting.accreditedNgo(Language.EN, LocalDate.now().plusDays(1));

		assertThat(this.mvc.get().uri("/accreditation/register").with(TestAccounts.as(officer))).bodyText()
			.contains(late.organization().officialName(), onTime.organization().officialName())
			.contains("Only the organizations late with their report");
		assertThat(this.mvc.get().uri("/accreditation/register?late=true").with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains(late.organization().officialName())
			.contains("(" + cycle.meetingCode() + ") overdue", "late since")
			.doesNotContain(onTime.organization().officialName());
		assertThat(this.mvc.get().uri("/accreditation/register?late=true")).bodyText()
			.as("the public register names nobody as late")
			.doesNotContain("Report for " + cycle.meetingCode(), "late since");
		assertThat(cycle.deadline()).isBefore(LocalDate.now());
	}

	@Test
	void theSecretariatRecordsTheCommitteesDecisionOnAProposalAndTheHistoryShowsIt() {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		java.util.UUID proposal = this.nonReporting.openSuspensionProposal();
		NonReportingStep open = this.proposals.open()
			.stream()
			.filter(step -> step.id().equals(proposal))
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get().uri("/accreditation/register/proposals").with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Suspend the accreditation of " + open.organizationName(), "Report due for COP99");
		assertThat(this.mvc.post()
			.uri("/accreditation/register/proposals/{id}/decision", proposal)
			.param("outcome", "AS_PROPOSED")
			.param("procedure", "WRITTEN_PROCEDURE")
			.param("reference", "StC/WP/NR-1")
			.param("adoptedOn", LocalDate.now().toString())
			.param("text", "Suspends the accreditation for not reporting.")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl("/accreditation/register/proposals?decided");

		assertThat(this.register.find(open.accreditation()).orElseThrow().status())
			.isEqualTo(AccreditationStatus.SUSPENDED);
		assertThat(this.mvc.get()
			.uri("/accreditation/register/{id}/history", open.accreditation())
			.with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("Suspension proposed", "Decided as proposed", "StC/WP/NR-1", "Suspended");
		assertThat(this.proposals.ofAccreditation(open.accreditation())).extracting(NonReportingStep::kind)
			.containsExactly(Kind.SUSPENSION);
		assertThat(this.mvc.post()
			.uri("/accreditation/register/proposals/{id}/decision", proposal)
			.param("outcome", "AS_PROPOSED")
			.param("procedure", "WRITTEN_PROCEDURE")
			.param("reference", "StC/WP/NR-2")
			.param("adoptedOn", LocalDate.now().toString())
			.param("text", "Again.")
			.with(TestAccounts.as(officer))
			.with(csrf())).as("a decision is recorded once").hasRedirectedUrl("/accreditation/register/proposals");
	}

	private ProcessView draft() {
		this.accreditation.processInForceWithOpenCall();
		ProcessView draft = this.processes.currentDraft().orElseGet(() -> this.processes.startDraft(null));
		return draft.status() == VersionStatus.DRAFT ? draft : this.processes.returnToDraft(draft.id());
	}

}
