package org.synergies.agreements;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Secretariat records agreements through the pages; the public reads those that are
 * no longer under negotiation, their signed document included, and exports the list. Runs
 * on H2 and, as a {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AgreementPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	OrganizationManagement registry;

	@Autowired
	Agreements agreements;

	AccountView officer;

	OrganizationView partner;

	AccountView member;

	@BeforeEach
	void officerAndPartner() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.partner = this.organizations.ngo();
		this.member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("partner"), "Partner Member",
				Language.EN, java.util.Set.of(Role.ORGANIZATION_MEMBER), java.util.Set.of(this.partner.id()), null));
	}

	@Test
	void anOfficerRecordsAnAgreementThatStaysInternalUntilItIsSigned() {
		String title = "Partnership Agreement " + TestOrganizations.unique();
		MvcTestResult created = this.mvc.post()
			.uri("/agreements/new")
			.param("kind", "PARTNERSHIP_AGREEMENT")
			.param("instrument", "CMS")
			.param("partners", this.partner.id().toString())
			.param("titleEn", title)
			.param("titleEs", "Acuerdo de asociación " + title)
			.param("validFrom", "2020-01-01")
			.param("validUntil", "2099-12-31")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String page = created.getResponse().getRedirectedUrl().replace("?saved", "");
		UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(this.officer))).hasStatusOk()
			.bodyText()
			.contains(title, "Under negotiation", "only the Secretariat sees it");
		assertThat(this.mvc.get().uri(page)).as("the public").hasStatus(404);
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(this.member))).as("even the partner's member")
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + id)).hasStatus(404);
		assertThat(this.mvc.get().uri("/agreements")).hasStatusOk().bodyText().doesNotContain(title);

		assertThat(this.mvc.post()
			.uri(page + "/signature")
			.param("signedOn", LocalDate.now().minusDays(1).toString())
			.param("place", "Bonn")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasRedirectedUrl(page).flash().doesNotContainKey("problems");
		assertThat(this.mvc.post()
			.uri(page + "/signature")
			.param("signedOn", LocalDate.now().toString())
			.param("place", "Geneva")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).flash()
			.containsEntry("problems",
					List.of("This agreement has already been signed: a signature is recorded only once."));
		assertThat(this.mvc.post().uri(page + "/entry-into-force").with(TestAccounts.as(this.officer)).with(csrf()))
			.hasRedirectedUrl(page);

		assertThat(this.mvc.get().uri(page).header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains("Acuerdo de asociación " + title, "En vigor", "Bonn", this.partner.officialName());
		assertThat(this.mvc.get().uri("/agreements?status=IN_FORCE")).hasStatusOk().bodyText().contains(title);
		assertThat(this.mvc.get().uri("/agreements?status=SIGNED")).hasStatusOk().bodyText().doesNotContain(title);
	}

	@Test
	void theFormRefusesWhatIsWrongWithClearMessagesAndSavesNothing() {
		OrganizationView archived = this.registry.archive(this.organizations.ngo().id());
		OrganizationView survivor = this.organizations.ngo();
		OrganizationView duplicate = this.organizations.ngo();
		TestAccounts.runAs(this.officer, () -> this.registry.merge(survivor.id(), duplicate.id()));
		int before = TestAccounts.runAs(this.officer, () -> this.agreements.list(AgreementQuery.ALL)).size();

		assertThat(this.mvc.post()
			.uri("/agreements/new")
			.param("kind", "MEMORANDUM_OF_UNDERSTANDING")
			.param("instrument", "CMS")
			.param("partners", archived.id().toString(), duplicate.id().toString())
			.param("validFrom", "2020-01-01")
			.param("validUntil", "2019-12-31")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains(archived.officialName() + " is archived",
					duplicate.officialName() + " was merged into " + survivor.officialName(),
					"The end of validity must come after its start.", "Fill in this field.");
		assertThat(TestAccounts.runAs(this.officer, () -> this.agreements.list(AgreementQuery.ALL))).hasSize(before);
	}

	@Test
	void anEditOnAVersionThatChangedSinceIsRefusedWithAClearMessage() {
		AgreementView agreement = negotiated("Joint Work Plan " + TestOrganizations.unique());
		String page = "/agreements/" + agreement.id();
		edit(page, agreement, "First edit").hasRedirectedUrl(page + "?saved");

		edit(page, agreement, "Second edit on the old version").hasStatusOk()
			.bodyText()
			.contains("Someone else changed this record after you opened it.");
		assertThat(TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id())).titleEn())
			.isEqualTo("First edit");
	}

	@Test
	void aPartnerArchivedSinceStaysOnTheFormAndAPartyWhenTheAgreementIsEdited() {
		AgreementView agreement = negotiated("Memorandum " + TestOrganizations.unique());
		this.registry.archive(this.partner.id());
		String page = "/agreements/" + agreement.id();

		assertThat(this.mvc.get().uri(page + "/edit").with(TestAccounts.as(this.officer))).hasStatusOk()
			.bodyText()
			.contains(this.partner.officialName());
		edit(page, agreement, "Memorandum, edited").hasRedirectedUrl(page + "?saved");
		assertThat(TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id())).partners())
			.containsExactly(this.partner.id());
	}

	@Test
	void theSignedDocumentIsServedToWhoeverMaySeeTheAgreementAndOnlyTheSecretariatUploadsIt() {
		AgreementView agreement = negotiated("Letter of Agreement " + TestOrganizations.unique());
		String page = "/agreements/" + agreement.id();
		MockMultipartFile pdf = new MockMultipartFile("file", "signed.pdf", "application/pdf", SampleFiles.pdf());

		assertThat(this.mvc.post()
			.uri(page + "/files")
			.multipart()
			.file(pdf)
			.with(TestAccounts.as(this.member))
			.with(csrf())).hasStatus(403);
		assertThat(this.mvc.post()
			.uri(page + "/files")
			.multipart()
			.file(pdf)
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasRedirectedUrl(page);
		UUID file = TestAccounts.runAs(this.officer, () -> this.agreements.require(agreement.id())).documentFile();
		assertThat(file).isNotNull();

		assertThat(this.mvc.get().uri(page + "/files/" + file)).as("internal while under negotiation").hasStatus(404);
		TestAccounts.runAs(this.officer,
				() -> this.agreements.sign(agreement.id(), new AgreementSignature(null, "Bonn", null)));
		assertThat(this.mvc.get().uri(page + "/files/" + file)).hasStatusOk()
			.hasContentType("application/pdf")
			.body()
			.isEqualTo(SampleFiles.pdf());
		assertThat(this.mvc.get().uri(page + "/files/" + UUID.randomUUID())).hasStatus(404);
		AgreementView other = negotiated("Other agreement " + TestOrganizations.unique());
		TestAccounts.runAs(this.officer,
				() -> this.agreements.sign(other.id(), new AgreementSignature(null, "Bonn", null)));
		assertThat(this.mvc.get().uri("/agreements/" + other.id() + "/files/" + file))
			.as("a file is served only through its own agreement")
			.hasStatus(404);
	}

	@Test
	void theListIsExportedWithItsFiltersInTheReadersLanguage() throws Exception {
		String title = "Memorandum " + TestOrganizations.unique();
		AgreementView agreement = TestAccounts.runAs(this.officer, () -> {
			AgreementView created = this.agreements
				.negotiate(new AgreementDetails(AgreementKind.MEMORANDUM_OF_COOPERATION, "AEWA",
						List.of(this.partner.id()), title, "Mémorandum " + title, null, null, null, null, null, null));
			return this.agreements.sign(created.id(), new AgreementSignature(null, "Bonn", null));
		});
		String filters = "?kind=MEMORANDUM_OF_COOPERATION&partner=" + this.partner.id();

		assertThat(this.mvc.get().uri("/agreements/export.csv" + filters).header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Mémorandum " + title, "Mémorandum de coopération", "AEWA", "Signé", this.partner.officialName());
		assertThat(this.mvc.get().uri("/agreements/export.csv?kind=JOINT_WORK_PLAN")).hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		MvcTestResult xlsx = this.mvc.get().uri("/agreements/export.xlsx" + filters).exchange();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(title);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
		assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
	}

	private AgreementView negotiated(String title) {
		return TestAccounts.runAs(this.officer,
				() -> this.agreements.negotiate(new AgreementDetails(AgreementKind.JOINT_WORK_PLAN, "CMS",
						List.of(this.partner.id()), title, null, null, null, null, null, null, null)));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResultAssert edit(String page, AgreementView read,
			String title) {
		return assertThat(this.mvc.post()
			.uri(page + "/edit")
			.param("kind", read.kind().name())
			.param("instrument", read.instrument())
			.param("partners", this.partner.id().toString())
			.param("titleEn", title)
			.param("version", String.valueOf(read.version()))
			.with(TestAccounts.as(this.officer))
			.with(csrf()));
	}

}
