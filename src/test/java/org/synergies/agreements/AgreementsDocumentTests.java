package org.synergies.agreements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.agreements.internal.AgreementsDocuments;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of agreements as a UN information document (issue 12, point 6): grouped by
 * status then kind, in DOCX, PDF and HTML, in French and Spanish with the articles, UN
 * dates and French spaces right; the public version without the agreements under
 * negotiation, the Secretariat's with them; wrong parameters named.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementsDocumentTests {

	private static final String SYMBOL = "UNEP/CMS/StC48/Inf.12";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	TestReporting reporting;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementsDocuments documents;

	AccountView officer;

	OrganizationView partner;

	String unique;

	MeetingView meeting;

	@BeforeEach
	void agreementsOfEveryStatus() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.partner = this.organizations.ngo();
		this.unique = TestOrganizations.unique();
		this.meeting = this.reporting.meeting();
		TestAccounts.runAs(this.officer, () -> {
			AgreementView inForce = negotiate(AgreementKind.JOINT_WORK_PLAN, "Joint Work Programme", "2015-01-01",
					"2099-12-31");
			this.agreements.sign(inForce.id(), new AgreementSignature(LocalDate.parse("2014-12-01"), "Bonn", null));
			this.agreements.enterIntoForce(inForce.id(), null);
			AgreementView atMeeting = negotiate(AgreementKind.PARTNERSHIP_AGREEMENT, "Partnership", null, null);
			this.agreements.sign(atMeeting.id(), new AgreementSignature(null, null, this.meeting.id()));
			this.agreements.enterIntoForce(atMeeting.id(), null);
			AgreementView expired = negotiate(AgreementKind.JOINT_WORK_PLAN, "Expired Plan", null, "2018-06-30");
			this.agreements.sign(expired.id(), new AgreementSignature(null, null, null));
			negotiate(AgreementKind.MEMORANDUM_OF_COOPERATION, "Secret Memorandum", null, null);
			return null;
		});
	}

	@Test
	void theFrenchDocxGroupsByStatusThenKindWithArticlesUnDatesAndFrenchSpaces() throws IOException {
		String text = docxText(generate(SYMBOL, "fr", "docx", false));

		assertThat(text).contains(SYMBOL, "CONVENTION SUR LES ESPÈCES MIGRATRICES", "Distr. générale",
				"Original\u00a0: anglais", "LISTE DES ACCORDS DE PARTENARIAT", "I. Accords en vigueur",
				"Programmes et plans de travail conjoints", "Accords de partenariat", "Accords expirés",
				"Programme FR " + this.unique, this.partner.officialName(), "1er décembre 2014, Bonn",
				"1er janvier 2015-31 décembre 2099", "Jusqu’au 30 juin 2018",
				"lors de la " + this.meeting.number() + "e session de la Conférence des Parties (" + this.meeting.code()
						+ ")",
				"au " + UnDates.date(LocalDate.now(), Language.FR) + "\u00a0: mémorandums d’entente",
				"ne sont pas répertoriés");
		assertThat(text).doesNotContain("Secret Memorandum " + this.unique, "Accords en négociation", " :", "’ ");
		assertThat(text.indexOf("Accords en vigueur")).isLessThan(text.indexOf("Accords expirés"));

		String internal = docxText(generate("", "fr", "docx", true));
		assertThat(internal).contains("Accords en négociation", "Mémorandums de coopération",
				"Secret Memorandum " + this.unique, "Non signé", "répertorie aussi les accords encore en négociation");
	}

	@Test
	void theSpanishPdfAndHtmlReadAsTheDocx() throws IOException {
		AgreementsDocuments.Generated pdf = generate(SYMBOL, "ES", "PDF", false);
		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(pdf.fileName()).isEqualTo("agreements-es.pdf");
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains(SYMBOL, "LISTA DE ACUERDOS DE ASOCIACIÓN", "I. Acuerdos en vigor",
				"Programa ES " + this.unique, "1 de diciembre de 2014, Bonn",
				"1 de enero de 2015 a 31 de diciembre de 2099", "Hasta el 30 de junio de 2018",
				"en la " + this.meeting.number() + "ª reunión de la Conferencia de las Partes");
		assertThat(text).doesNotContain("Secret Memorandum");

		// \s leaves the no-break spaces alone
		String french = pdfText(generate(SYMBOL, "fr", "pdf", false).content()).replaceAll("\\s+", " ");
		assertThat(french).contains("Original\u00a0: anglais", "Jusqu’au 30 juin 2018");

		String html = new String(generate(SYMBOL, "es", "html", false).content(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("lang=\"es\"", "LISTA DE ACUERDOS DE ASOCIACIÓN", "Programa ES " + this.unique);
	}

	@Test
	void thePublicDownloadsTheListWithoutTheAgreementsUnderNegotiationAndOnlyTheSecretariatTheOther() {
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("member"), "Member",
				Language.EN, java.util.Set.of(Role.ORGANIZATION_MEMBER), java.util.Set.of(this.partner.id()), null));

		assertThat(this.mvc.get().uri("/api/v1/agreements/document?format=html&language=en")).hasStatusOk()
			.hasContentType("text/html;charset=UTF-8")
			.bodyText()
			.contains("LIST OF PARTNERSHIP AGREEMENTS", "Joint Work Programme " + this.unique)
			.doesNotContain("Secret Memorandum " + this.unique);
		assertThat(this.mvc.get().uri("/agreements/document?format=docx&symbol=" + SYMBOL)).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"agreements-en.docx\"");
		assertThat(this.mvc.get().uri("/api/v1/agreements/document/internal")).hasStatus(401);
		assertThat(this.mvc.get()
			.uri("/api/v1/agreements/document/internal")
			.header("Authorization", "Bearer " + this.accounts.apiToken(member))).hasStatus(403);
		assertThat(this.mvc.get().uri("/agreements/document/internal?format=html").with(TestAccounts.as(member)))
			.hasStatus(403);
		assertThat(this.mvc.get()
			.uri("/api/v1/agreements/document/internal?format=html")
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))).hasStatusOk()
			.bodyText()
			.contains("Secret Memorandum " + this.unique);

		assertThat(this.mvc.get().uri("/agreements").with(TestAccounts.as(this.officer))).hasStatusOk()
			.bodyText()
			.contains("The list as a UN information document", "Produce the Secretariat’s list");
		assertThat(this.mvc.get().uri("/agreements")).hasStatusOk()
			.bodyText()
			.contains("Produce the public list")
			.doesNotContain("Produce the Secretariat’s list");
	}

	@Test
	void wrongParametersAreNamedInTheReadersLanguage() {
		assertThat(this.mvc.get()
			.uri("/api/v1/agreements/document?format=odt&language=de&symbol=" + "X".repeat(101))
			.header("Accept-Language", "fr")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("symbol", "language", "format");
		assertThat(this.mvc.get().uri("/agreements/document?format=odt")).hasStatus(303)
			.hasHeader("Location", "/agreements#document")
			.flash()
			.containsKey("problems");
	}

	private AgreementView negotiate(AgreementKind kind, String title, String from, String until) {
		String french = title.replace("Joint Work Programme", "Programme FR") + " " + this.unique;
		String spanish = title.replace("Joint Work Programme", "Programa ES") + " " + this.unique;
		return this.agreements.negotiate(new AgreementDetails(kind, "CMS", List.of(this.partner.id()),
				title + " " + this.unique, french, spanish, from == null ? null : LocalDate.parse(from),
				until == null ? null : LocalDate.parse(until), null, null, null));
	}

	private AgreementsDocuments.Generated generate(String symbol, String language, String format, boolean internal) {
		return TestAccounts.runAs(this.officer,
				() -> this.documents.generate(symbol, language, format, Locale.ENGLISH, internal));
	}

	private static String docxText(AgreementsDocuments.Generated generated) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(generated.content()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
