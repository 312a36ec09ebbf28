package org.synergies.agreements;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.CurrentUser;
import org.synergies.meetings.GoverningBodies;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * With the profile {@code demo}, every agreement the seed names is recorded with the
 * dates it gives, the FAO memorandum under negotiation and internal; so is a letter of
 * agreement with a company, its due-diligence review in progress.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoAgreementsTests {

	@Autowired
	Agreements agreements;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	AgreementActions actions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	org.synergies.agreements.internal.DueDiligenceReviews reviews;

	@Test
	void everyAgreementTheSeedNamesIsRecordedWithItsDates() {
		var officer = this.accounts.findByEmail("officer@synergies.example").orElseThrow();
		List<AgreementView> all = TestAccounts.runAs(officer, () -> this.agreements.list(AgreementQuery.ALL));

		assertThat(all).hasSize(14);
		assertThat(all)
			.extracting(AgreementView::titleEn, AgreementView::status, AgreementView::validFrom,
					AgreementView::validUntil)
			.contains(
					tuple("CMS–CITES Joint Work Programme 2015–2020", AgreementStatus.EXPIRED,
							LocalDate.parse("2015-01-01"), LocalDate.parse("2020-12-31")),
					// expired in 2018, extended at StC48 (DemoAgreementExtensions)
					tuple("Joint Work Plan between CMS and the Ramsar Convention", AgreementStatus.EXPIRED, null,
							LocalDate.parse("2020-02-22")),
					tuple("Joint Work Plan between CMS and the CBD", AgreementStatus.EXPIRED, null,
							LocalDate.parse("2020-02-22")),
					tuple("Memorandum of Cooperation between CMS and FAO", AgreementStatus.UNDER_NEGOTIATION, null,
							null));
		assertThat(all.stream().filter(agreement -> agreement.kind() == AgreementKind.MEMORANDUM_OF_UNDERSTANDING))
			.hasSize(7)
			.allMatch(agreement -> agreement.status() == AgreementStatus.IN_FORCE);
		AgreementView bornFree = all.stream()
			.filter(agreement -> agreement.kind() == AgreementKind.PARTNERSHIP_AGREEMENT)
			.findFirst()
			.orElseThrow();
		assertThat(this.bodies.meeting(bornFree.signedAtMeeting()).orElseThrow().code()).isEqualTo("ScC-SC3");
		assertThat(this.organizations.find(bornFree.partners().get(0)).orElseThrow().officialName())
			.isEqualTo("Born Free Foundation");

		AgreementView company = all.stream()
			.filter(agreement -> agreement.kind() == AgreementKind.LETTER_OF_AGREEMENT)
			.findFirst()
			.orElseThrow();
		assertThat(company.status()).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
		assertThat(this.reviews.latest(company.id()).orElseThrow().status())
			.isEqualTo(org.synergies.agreements.internal.DueDiligenceStatus.IN_PROGRESS);
		assertThat(this.agreements.list(AgreementQuery.ALL)).as("the public").hasSize(12);
		assertThat(this.mvc.get().uri("/agreements").header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains("Programa de trabajo conjunto CMS-CITES 2015-2020", "Vencido")
			.doesNotContain("Memorando de cooperación entre la CMS y la FAO");
		assertThat(CurrentUser.get()).isEmpty();
	}

	@Test
	void theRamsarAndCbdPlansWereExtendedByTheStandingCommitteeAtItsFortyEighthMeeting() {
		AgreementView ramsar = this.agreements.list(AgreementQuery.ALL)
			.stream()
			.filter(agreement -> agreement.titleEn().equals("Joint Work Plan between CMS and the Ramsar Convention"))
			.findFirst()
			.orElseThrow();
		AgreementActionView extension = this.actions.of(ramsar.id()).get(0);
		assertThat(extension.kind()).isEqualTo(AgreementActionKind.EXTENSION);
		var decision = this.bodies.decision(extension.adoptedBy()).orElseThrow();
		assertThat(decision.reference()).isEqualTo("StC48/2018/8");
		assertThat(this.bodies.meeting(decision.meeting()).orElseThrow().code()).isEqualTo("StC48");
		assertThat(decision.text()).contains("until 22 February 2020");
		assertThat(this.actions.adoptedBy(decision.id())).hasSize(2);
		assertThat(this.mvc.get().uri("/decisions/" + decision.id())).hasStatusOk()
			.bodyText()
			.contains("Extended until 22 February 2020: Joint Work Plan between CMS and the CBD");
	}

}
