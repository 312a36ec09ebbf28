package org.synergies.mandates;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
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
 * The Secretariat records a resolution and enters it paragraph by paragraph (htmx), a
 * duplicate number and a stale form refused with nothing saved; the public reads it in
 * its language, each operative paragraph at its own address, a missing language shown as
 * missing; drafts stay the Secretariat's. Runs on H2 and, as a {@link DatabaseTest}, on
 * PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class MandatePagesTests {

	/** Resolution numbers no other test takes: meeting 60–99, a number of its own. */
	static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 40_000));

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
		int next = NEXT.incrementAndGet() % 40_000;
		return (60 + next / 1000) + "." + (next % 1000);
	}

	@Test
	void anOfficerEntersAResolutionParagraphByParagraphAndThePublicReadsIt() {
		MeetingView cop = this.bodies
			.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 5000 + NEXT.incrementAndGet() % 4000,
					LocalDate.parse("2020-02-17"), LocalDate.parse("2020-02-22"), "Gandhinagar", "IN"));
		String number = uniqueNumber();
		MvcTestResult recorded = this.mvc.post()
			.uri("/mandates/new")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("kind", "RESOLUTION")
			.param("number", number)
			.param("revision", "Rev.COP12")
			.param("titleEn", "Synergies and Partnerships")
			.param("titleFr", "Synergies et partenariats")
			.param("meeting", cop.id().toString())
			.param("status", "ADOPTED")
			.exchange();
		assertThat(recorded).hasStatus3xxRedirection();
		String entry = recorded.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(entry.split("/")[3]);

		MvcTestResult bis = enter(id, 0, "FR", "6 bis", "Demande", "au Secrétariat de continuer à approuver\u202f;");
		assertThat(bis).hasStatusOk().bodyText().contains("6.bis").contains("Paragraph saved.");
		MvcTestResult duplicate = enter(id, 1, "FR", "6bis", "Demande", "encore\u202f;");
		assertThat(duplicate).hasStatusOk().bodyText().contains("Paragraph 6.bis already exists in Français.");
		enter(id, 1, "EN", "6.bis", "Requests", "the Secretariat to continue approving;");
		enter(id, 2, "FR", "5", "Se félicite", "de la mise en œuvre\u202f;");
		assertThat(this.mandates.require(id).paragraphs()).hasSize(3);

		assertThat(this.mvc.get().uri("/mandates/{number}/para-6bis", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("Requests")
			.contains("the Secretariat to continue approving;");
		assertThat(this.mvc.get().uri("/mandates/{number}/rev-cop12/para-6.bis?text=fr", number).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("au Secrétariat de continuer à approuver");
		assertThat(this.mvc.get().uri("/mandates/{number}", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("Resolution " + number + " (Rev.COP12)")
			.contains("id=\"para-5\"")
			.contains("This paragraph is not available in English.")
			.contains("href=\"/mandates/" + number + "/rev-cop12?text=fr#para-5\"");
		assertThat(this.mvc.get().uri("/mandates/{number}?text=es", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("This text is not available in Español.");
		assertThat(this.mvc.get().uri("/mandates/{number}/para-7", number).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/mandates/{number}/para-seven", number).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/mandates").exchange()).hasStatusOk().bodyText().contains(number);

		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}", id).exchange()).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.symbol").isEqualTo("Resolution " + number + " (Rev.COP12)");
				json.assertThat().extractingPath("$.meeting").isEqualTo(cop.code());
				json.assertThat().extractingPath("$.languages").asArray().containsExactly("EN", "FR");
				json.assertThat().extractingPath("$.paragraphs[1].number").isEqualTo("6.bis");
				json.assertThat()
					.extractingPath("$.paragraphs[1].address")
					.isEqualTo("/mandates/" + number + "/rev-cop12/para-6bis");
			});
	}

	@Test
	void aDraftIsTheSecretariatsOwn() {
		String number = uniqueNumber();
		MandateView draft = TestAccounts.runAs(this.officer,
				() -> this.mandates.record(new MandateDetails(MandateKind.DECISION, number, null,
						"Participation of NGOs in CMS processes", null, null, null, MandateStatus.DRAFT)));

		assertThat(this.mvc.get().uri("/mandates/decision-{number}", number).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}", draft.id()).exchange()).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/mandates/decision-{number}", number)
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk().bodyText().contains("Decision " + number);
	}

	@Test
	void aStaleFormOrABadNumberIsRefusedWithNothingSaved() {
		String number = uniqueNumber();
		MandateView text = TestAccounts.runAs(this.officer,
				() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number, null, "Title", null, null,
						null, MandateStatus.DRAFT)));

		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/paragraphs", text.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("language", "EN")
			.param("kind", "OPERATIVE")
			.param("number", "1")
			.param("text", "Stresses")
			.param("version", "7")).hasStatusOk().bodyText().contains("Someone else changed this record");
		assertThat(this.mvc.post()
			.uri("/mandates/new")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("kind", "RESOLUTION")
			.param("number", "eleven")
			.param("status", "ADOPTED")).hasStatusOk()
			.bodyText()
			.contains("&quot;ELEVEN&quot; is not a number of this kind")
			.contains("Give the title in at least one language.")
			.contains("Choose the meeting that adopted the text.");
		assertThat(TestAccounts.runAs(this.officer, () -> this.mandates.require(text.id())).paragraphs()).isEmpty();
	}

	private MvcTestResult enter(UUID id, long version, String language, String number, String openingWords,
			String text) {
		return this.mvc.post()
			.uri("/mandates/texts/{id}/paragraphs", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("language", language)
			.param("kind", "OPERATIVE")
			.param("number", number)
			.param("openingWords", openingWords)
			.param("text", text)
			.param("version", Long.toString(version))
			.exchange();
	}

}
