package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An officer imports the French text of Resolution 11.10 from Word: a preview paragraph
 * by paragraph (6 bis, the recitals' opening words, the indents, the footnote, the annex
 * named), nothing saved until confirmed, then every paragraph at once. A preview is its
 * author's only; a text changed since, a number already taken, a letter instead of a
 * resolution, a PDF or no language: a clear message and nothing saved. Runs on H2 and, as
 * a {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class MandateImportTests {

	/** Resolution numbers 40.x to 59.x, which no other test takes. */
	static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 19_000));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Mandates mandates;

	AccountView officer;

	@BeforeEach
	void officer() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
	}

	static String uniqueNumber() {
		int next = NEXT.incrementAndGet() % 19_000;
		return (40 + next / 1000) + "." + (next % 1000);
	}

	MandateView adopted(String number) {
		MeetingView cop = this.bodies
			.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 20_000 + NEXT.incrementAndGet() % 9000,
					LocalDate.parse("2017-10-23"), LocalDate.parse("2017-10-28"), "Manila", "PH"));
		return TestAccounts.runAs(this.officer, () -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION,
				number, "COP12", "Synergies and Partnerships", null, null, cop.id(), MandateStatus.ADOPTED)));
	}

	MvcTestResult upload(AccountView who, UUID mandate, String language, String name, byte[] content) {
		var request = this.mvc.post()
			.uri("/mandates/texts/{id}/import", mandate)
			.multipart()
			.file(new MockMultipartFile("file", name,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", content))
			.with(TestAccounts.as(who))
			.with(csrf());
		if (language != null) {
			request.param("language", language);
		}
		return request.exchange();
	}

	MvcTestResult confirm(AccountView who, UUID mandate, String preview) {
		return this.mvc.post().uri(preview).with(TestAccounts.as(who)).with(csrf()).exchange();
	}

	@Test
	void anOfficerPreviewsTheFrenchTextThenSavesEveryParagraphAtOnce() {
		String number = uniqueNumber();
		MandateView text = adopted(number);

		MvcTestResult uploaded = upload(this.officer, text.id(), "FR", "res-11-10-fr.docx",
				ResolutionFiles.elevenTenInFrench());
		assertThat(uploaded).hasStatus3xxRedirection();
		String preview = uploaded.getResponse().getRedirectedUrl();
		assertThat(preview).startsWith("/mandates/texts/" + text.id() + "/import/");

		assertThat(this.mvc.get().uri(preview).with(TestAccounts.as(this.officer)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Preview of res-11-10-fr.docx")
			.contains("RÉSOLUTION 11.10 (Rév.COP12)")
			.contains("SYNERGIES ET PARTENARIATS")
			.contains("2 preambular, 4 operative")
			.contains("<em>Rappelant</em>")
			.contains("6.bis")
			.contains("les modèles pour une implication accrue")
			.contains("Dénommé à présent Wild Migration.")
			.contains("The file has annexes (Annexe): they are saved with the paragraphs.",
					"Lignes directrices pour les partenariats", "Les partenariats servent les objectifs")
			.contains("Save every paragraph");
		assertThat(this.mandates.require(text.id()).paragraphs()).as("nothing saved before the confirmation").isEmpty();

		AccountView colleague = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		assertThat(this.mvc.get().uri(preview).with(TestAccounts.as(colleague)).exchange())
			.as("another officer's preview is not shown")
			.hasStatus(404);
		assertThat(confirm(colleague, text.id(), preview)).as("nor confirmed by anyone else").hasStatus(404);
		assertThat(this.mandates.require(text.id()).paragraphs()).isEmpty();

		MvcTestResult confirmed = confirm(this.officer, text.id(), preview);
		assertThat(confirmed).hasStatus3xxRedirection();
		assertThat(confirmed.getResponse().getRedirectedUrl())
			.isEqualTo("/mandates/texts/" + text.id() + "/paragraphs?imported");
		MandateView saved = this.mandates.require(text.id());
		assertThat(saved.in(Language.FR)).extracting(ParagraphView::anchor)
			.containsExactly("preamble-1", "preamble-2", "para-5", "para-6", "para-6bis", "para-27");
		assertThat(saved.in(Language.FR).get(3).subParagraphs()).hasSize(3);
		assertThat(saved.titleFr()).as("the file's title, where the text had none")
			.isEqualTo("SYNERGIES ET PARTENARIATS");
		assertThat(saved.annexes()).singleElement().satisfies(annex -> {
			assertThat(annex.number()).isEqualTo("1");
			assertThat(annex.titleFr()).isEqualTo("Lignes directrices pour les partenariats");
			assertThat(annex.paragraphs(Language.FR)).containsExactly(
					"Les partenariats servent les objectifs de la Convention.",
					"Ils sont examinés à chaque session de la Conférence des Parties.");
		});
		assertThat(confirm(this.officer, text.id(), preview)).as("a preview is confirmed once").hasStatus(404);

		assertThat(this.mvc.get().uri("/mandates/{number}/para-6bis?text=fr", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("Demande")
			.contains("au Secrétariat de continuer à approuver");
	}

	@Test
	void aTextChangedSinceThePreviewIsNotOverwritten() {
		MandateView text = adopted(uniqueNumber());
		String preview = upload(this.officer, text.id(), "FR", "fr.docx", ResolutionFiles.elevenTenInFrench())
			.getResponse()
			.getRedirectedUrl();
		TestAccounts.runAs(this.officer, () -> this.mandates.enter(text.id(), text.version(), List
			.of(new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1", "Requests", "a report;", null, null))));

		assertThat(confirm(this.officer, text.id(), preview)).hasStatusOk()
			.bodyText()
			.contains("The text has changed since the file was read.");
		assertThat(this.mandates.require(text.id()).in(Language.FR)).isEmpty();
	}

	@Test
	void aNumberAlreadyEnteredInTheLanguageIsShownAndNothingIsSaved() {
		MandateView text = adopted(uniqueNumber());
		TestAccounts.runAs(this.officer, () -> this.mandates.enter(text.id(), text.version(), List
			.of(new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "5", "Se félicite", "déjà;", null, null))));
		String preview = upload(this.officer, text.id(), "FR", "fr.docx", ResolutionFiles.elevenTenInFrench())
			.getResponse()
			.getRedirectedUrl();

		assertThat(this.mvc.get().uri(preview).with(TestAccounts.as(this.officer)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Paragraph 5 already exists in Français.")
			.contains("1 paragraph(s) cannot be saved.")
			.doesNotContain("Save every paragraph");
		assertThat(confirm(this.officer, text.id(), preview)).hasStatusOk()
			.bodyText()
			.contains("Some paragraphs can no longer be saved: nothing was saved.");
		assertThat(this.mandates.require(text.id()).in(Language.FR)).hasSize(1);
	}

	@Test
	void aLetterAPdfOrAFileWithoutItsLanguageIsRefusedWithNothingKept() {
		MandateView text = adopted(uniqueNumber());

		assertThat(upload(this.officer, text.id(), "EN", "letter.docx", ResolutionFiles.aLetter())).hasStatusOk()
			.bodyText()
			.contains("This document is not a resolution or a decision: it has no numbered operative paragraph.");
		assertThat(upload(this.officer, text.id(), "EN", "resolution.docx", SampleFiles.pdf())).hasStatusOk()
			.bodyText()
			.contains("This kind of file is not accepted. Upload one of: DOCX.");
		assertThat(upload(this.officer, text.id(), null, "fr.docx", ResolutionFiles.elevenTenInFrench())).hasStatusOk()
			.bodyText()
			.contains("Choose the language the file is written in.");
		assertThat(this.mandates.require(text.id()).paragraphs()).isEmpty();
	}

	@Test
	void thePagesAreTheSecretariats() {
		MandateView text = adopted(uniqueNumber());
		AccountView member = this.accounts.active(Language.EN, Role.ORGANIZATION_MEMBER);

		assertThat(
				this.mvc.get().uri("/mandates/texts/{id}/import", text.id()).with(TestAccounts.as(member)).exchange())
			.hasStatus(403);
		assertThat(upload(member, text.id(), "FR", "fr.docx", ResolutionFiles.elevenTenInFrench())).hasStatus(403);
		assertThat(this.mvc.get()
			.uri("/mandates/texts/{id}/import", text.id())
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk().bodyText().contains("A DOCX file of at most 10 MB.");
	}

}
