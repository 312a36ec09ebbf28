package org.synergies.mandates;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import java.time.Instant;
import java.util.Set;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.support.TestAccounts;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.mandates.internal.AmendmentRecords;
import org.synergies.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the profile {@code demo}, the seed's Annex 1 is a draft amendment for COP13: its
 * paragraph 5 in French reads struck and underlined on the page and in the DOCX, as
 * formatting and, on request, as Word revisions; the public does not see the draft.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class AmendmentsDemoTests {

	@Autowired
	Mandates mandates;

	@Autowired
	AmendmentRecords records;

	@Autowired
	MockMvcTester mvc;

	/** An officer who only reads (the demo context sends no invitation to accept). */
	final AccountView officer = new AccountView(UUID.randomUUID(), "officer@example.org", "Demo Officer", Language.EN,
			AccountStatus.ACTIVE, Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null, Instant.now(), null, 0);

	@Test
	void theSeedsAnnexOneIsADraftForCop13() {
		UUID id = amendment();
		assertThat(this.mvc.get()
			.uri("/mandates/amendments/{id}?text=fr", id)
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("<del>Se félicite</del><ins>Encourage</ins>")
			.contains("6.bis", "6.ter", "UNEP/CMS/COP13/Doc.18/Annex 1");
		assertThat(this.mvc.get()
			.uri("/mandates/amendments/{id}?text=en", id)
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk().bodyText().contains("<ins>Requests</ins>", "funding requests from NGOs");
	}

	@Test
	void theAnnexInWordUnderlinesAndStrikesParagraphFive() throws Exception {
		byte[] docx = this.mvc.get()
			.uri("/mandates/amendments/{id}/document.docx?text=fr", amendment())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<XWPFRun> runs = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
			assertThat(runs).anySatisfy(run -> {
				assertThat(run.text()).isEqualTo("Se félicite");
				assertThat(run.isStrikeThrough()).isTrue();
			});
			assertThat(runs).anySatisfy(run -> {
				assertThat(run.text()).isEqualTo("Encourage");
				assertThat(run.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			});
		}
		byte[] revisedBytes = this.mvc.get()
			.uri("/mandates/amendments/{id}/document.docx?text=fr&revisions=true", amendment())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(revisedBytes))) {
			String xml = document.getDocument().xmlText();
			assertThat(xml).contains("w:del ", "Se félicite", "w:ins ", "Encourage");
		}
	}

	@Test
	void thePublicDoesNotSeeTheDraft() {
		assertThat(this.mvc.get().uri("/mandates/amendments/{id}", amendment()).exchange()).hasStatus(404);
	}

	@Test
	void theRevisionPageOffersItsDocuments() {
		assertThat(this.mvc.get().uri("/mandates/11.10/rev-cop12/document.html?text=fr").exchange()).hasStatusOk()
			.bodyText()
			.contains("UNEP/CMS/Resolution 11.10 (Rev.COP12)", "Se félicite");
		assertThat(this.mvc.get().uri("/mandates/11.10/rev-cop12/document.pdf?text=es").exchange()).hasStatusOk();
	}

	private UUID amendment() {
		MandateView resolution = this.mandates.at("11.10", "rev-cop12");
		return this.records.findByMandateIdOrderByCreatedAtDesc(resolution.id()).get(0).id();
	}

}
