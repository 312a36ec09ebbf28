package org.synergies.accreditation;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.files.SampleFiles;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class AccreditationWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CommitteeReview review;

	@Autowired
	AccreditationApplications applications;

	@Autowired
	RegisterDocuments documents;

	@Test
	void theRegisterIsPublicInEveryLanguageAndTheProfileShowsTheAccreditation() {
		Ngo ngo = accreditedNgo();

		assertThat(this.mvc.get().uri("/accreditation/register").header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains("Registro de ONG asociadas acreditadas", ngo.organization().officialName());
		assertThat(this.mvc.get().uri("/organizations/" + ngo.organization().id()).header("Accept-Language", "fr"))
			.bodyText()
			.contains("ONG partenaire accréditée de la CMS du");
	}

	@Test
	void anApplicantSavesADraftAndAFileThatLiesGetsAClearErrorInTheirLanguage() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.FR);
		ApplicationView draft = this.fixtures.completeDraft(ngo);
		String page = "/accreditation/applications/" + draft.id();

		assertThat(this.mvc.post()
			.uri(page + "/answers")
			.param("version", String.valueOf(draft.version()))
			.param("text.C1", "Nous protégeons les tortues marines.")
			.param("language.C1", "fr")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())).hasRedirectedUrl(page + "?saved");
		var lying = this.mvc.post()
			.uri(page + "/documents/D1")
			.multipart()
			.file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", SampleFiles.png()))
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(ngo.member()))
			.with(csrf())
			.exchange();
		assertThat(lying).hasRedirectedUrl(page);
		assertThat(lying.getMvcResult().getFlashMap().get("problems")).asString()
			.contains("Le nom du fichier ne correspond pas à son contenu");
		assertThat(this.mvc.get().uri(page).header("Accept-Language", "fr").with(TestAccounts.as(ngo.member())))
			.bodyText()
			.contains("Nous protégeons les tortues marines.");
	}

	@Test
	void applicationsAreSeenOnlyByThoseWhoMay() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		Ngo other = this.fixtures.ngo(Language.EN);
		ApplicationView draft = this.fixtures.completeDraft(ngo);
		AccountView committee = this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		String page = "/accreditation/applications/" + draft.id();

		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(ngo.member()))).hasStatusOk();
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(other.member()))).hasStatus(403);
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(committee))).as("not yet forwarded").hasStatus(403);
		assertThat(this.mvc.get().uri("/accreditation/applications").with(TestAccounts.as(other.member()))).bodyText()
			.doesNotContain(ngo.organization().officialName());
	}

	@Test
	void theSecretariatMakesTheRegisterDocumentInItsOwnLanguageUnlessItChoosesAnother() {
		AccountView officer = this.accounts.active(Language.ES, Role.SECRETARIAT_OFFICER);
		assertThat(this.mvc.get()
			.uri("/accreditation/register")
			.header("Accept-Language", "es")
			.with(TestAccounts.as(officer))).hasStatusOk()
			.bodyText()
			.contains("<option value=\"ES\" lang=\"es\" selected=\"selected\">Español</option>",
					"<option value=\"EN\" lang=\"en\">English</option>");
	}

	@Test
	void theSecretariatIsToldWhyAnApplicationCannotBeForwarded() {
		this.fixtures.processInForceWithOpenCall();
		ApplicationView submitted = this.fixtures.submitted(this.fixtures.ngo(Language.EN));
		AccountView officer = this.accounts.active(Language.ES, Role.SECRETARIAT_OFFICER);
		String page = "/accreditation/applications/" + submitted.id();
		this.mvc.post()
			.uri(page + "/questions")
			.param("question", "Which species do you work on?")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange();

		long version = this.applications.find(submitted.id()).orElseThrow().version();

		var refused = this.mvc.post()
			.uri(page + "/forward")
			.param("version", String.valueOf(version))
			.header("Accept-Language", "es")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange();
		assertThat(refused).hasRedirectedUrl(page);
		assertThat(refused.getMvcResult().getFlashMap().get("problems")).asString()
			.contains("Una pregunta al solicitante sigue sin respuesta");

		var stale = this.mvc.post()
			.uri(page + "/forward")
			.param("version", String.valueOf(version - 1))
			.header("Accept-Language", "es")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange();
		assertThat(stale.getMvcResult().getFlashMap().get("problems")).asString()
			.contains("Otra persona modificó este registro");
	}

	@Test
	void theRegisterDocumentHasTheSymbolHeadingsInTheLanguageAndTheFigures() throws Exception {
		Ngo ngo = accreditedNgo();

		byte[] docx = this.documents.generate("UNEP/CMS/StC56/Doc.9", Language.FR, RegisterDocuments.Format.DOCX)
			.content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("UNEP/CMS/StC56/Doc.9", "REGISTRE DES ONG PARTENAIRES ACCRÉDITÉES",
					"Version de la procédure", ngo.organization().officialName(), "Royaume-Uni");
		}

		byte[] pdf = this.documents.generate("UNEP/CMS/COP15/Inf.4", Language.ES, RegisterDocuments.Format.PDF)
			.content();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("UNEP/CMS/COP15/Inf.4", "REGISTRO DE ONG ASOCIADAS ACREDITADAS",
					ngo.organization().officialName(), "Reino Unido");
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVu");
			assertThat(font.isEmbedded()).as("fonts are embedded").isTrue();
		}
	}

	private Ngo accreditedNgo() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView forwarded = this.fixtures.forwarded(ngo);
		this.review.decide(forwarded.id(), forwarded.version(), Outcome.ACCREDIT,
				TestAccreditation.decision("Approved."));
		return ngo;
	}

}
