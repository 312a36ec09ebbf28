package org.synergies.mandates;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An officer adds an annex on the text's entry page (htmx), a taken number and an annex
 * without text refused with what was typed kept; the public reads it on the text's page
 * and at its own address, a missing language shown as missing; the API gives the annexes
 * with the text and on their own, and takes them from the Secretariat only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MandateAnnexPagesTests {

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

	@Test
	void anOfficerAddsAnAnnexThatThePublicReadsAtItsAddress() {
		MandateView text = adopted();

		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/annexes", text.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("number", "1")
			.param("titleFr", "Lignes directrices")
			.param("bodyFr", "Les partenariats servent la Convention.\nIls sont examinés.")
			.param("version", String.valueOf(text.version()))
			.exchange()).hasStatusOk().bodyText().contains("Annex saved.", "Annex 1", "id=\"annex-number\"");
		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/annexes", text.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("number", "1")
			.param("titleEn", "Kept title")
			.param("version", String.valueOf(text.version() + 1))
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("Annex 1 already exists", "Give the text of the annex in at least one language", "Kept title");

		String slug = text.slug();
		assertThat(this.mvc.get().uri("/mandates/{slug}?text=fr", slug).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"annex-1\"", "Lignes directrices", "<p>Ils sont examinés.</p>");
		assertThat(this.mvc.get().uri("/mandates/{slug}/rev-cop12/annex-1?text=fr", slug).exchange()).hasStatusOk()
			.bodyText()
			.contains("Les partenariats servent la Convention.");
		assertThat(this.mvc.get().uri("/mandates/{slug}/annex-1?text=es", slug).exchange()).hasStatusOk()
			.bodyText()
			.contains("This annex is not available in", "annex-1?text=fr");
		assertThat(this.mvc.get().uri("/mandates/{slug}/annex-9", slug).exchange()).hasStatus(404);

		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}", text.id()).exchange()).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat()
					.extractingPath("$.annexes[0].address")
					.isEqualTo("/mandates/" + slug + "/rev-cop12/annex-1");
				json.assertThat().extractingPath("$.annexes[0].bodies[0].language").isEqualTo("FR");
			});
	}

	@Test
	void theApiTakesAnnexesFromTheSecretariatOnly() {
		MandateView text = adopted();
		String token = "Bearer " + this.accounts.apiToken(this.officer);

		assertThat(this.mvc.post()
			.uri("/api/v1/mandates/{id}/annexes", text.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"number\": \"1\", \"bodyEn\": \"UNEP.\"}")
			.exchange()).hasStatus(401);
		assertThat(this.mvc.post()
			.uri("/api/v1/mandates/{id}/annexes", text.id())
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"number\": \"1\", \"titleEn\": \"Partners\", \"bodyEn\": \"UNEP.\"}")
			.exchange()).hasStatus(201).bodyJson().extractingPath("$[0].titles[0].value").isEqualTo("Partners");
		assertThat(this.mvc.post()
			.uri("/api/v1/mandates/{id}/annexes", text.id())
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"number\": \"1\", \"bodyEn\": \"Again.\"}")
			.exchange()).hasStatus(400).bodyText().contains("number");
		assertThat(this.mvc.put()
			.uri("/api/v1/mandates/{id}/annexes/1", text.id())
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"bodyEn\": \"Stale.\"}")
			.exchange()).hasStatus(409);
		assertThat(this.mvc.delete()
			.uri("/api/v1/mandates/{id}/annexes/1?version=1", text.id())
			.header("Authorization", token)
			.exchange()).hasStatus(409);
		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}/annexes", text.id()).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].bodies[0].value")
			.isEqualTo("UNEP.");
	}

	@Test
	void anOfficerGivesADecisionItsHeadingShownOnItsPage() {
		MeetingView cop = TestAccounts.runAs(this.officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
						5000 + MandatePagesTests.NEXT.incrementAndGet() % 4000, LocalDate.parse("2020-02-17"),
						LocalDate.parse("2020-02-22"), "Gandhinagar", "IN")));
		MandateView decision = TestAccounts.runAs(this.officer,
				() -> this.mandates.record(new MandateDetails(MandateKind.DECISION, MandatePagesTests.uniqueNumber(),
						null, "NGO participation", null, null, cop.id(), MandateStatus.ADOPTED)));

		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/heading", decision.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("headingEn", "x".repeat(301))
			.param("headingFr", "Synergies et partenariats")
			.param("version", String.valueOf(decision.version()))
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("A heading can have at most 300 characters.", "Synergies et partenariats");
		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/heading", decision.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("headingEn", "Synergies and partnerships")
			.param("headingFr", "Synergies et partenariats")
			.param("version", String.valueOf(decision.version()))
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.mvc.put()
			.uri("/api/v1/mandates/{id}/heading", decision.id())
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"version\": 1, \"headingEn\": \"Synergies and partnerships\", \"headingFr\": \"Synergies et partenariats\", \"headingEs\": \"Sinergias y asociaciones\"}")
			.exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.headings[2].value")
			.isEqualTo("Sinergias y asociaciones");

		assertThat(this.mvc.put()
			.uri("/api/v1/mandates/{id}/heading", decision.id())
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"headingEn\": \"Stale\"}")
			.exchange()).hasStatus(409);
		assertThat(this.mvc.get().uri("/mandates/{slug}?text=es", decision.slug()).exchange()).hasStatusOk()
			.bodyText()
			.contains("Sinergias y asociaciones");
	}

	private MandateView adopted() {
		MeetingView cop = TestAccounts.runAs(this.officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
						5000 + MandatePagesTests.NEXT.incrementAndGet() % 4000, LocalDate.parse("2017-10-23"),
						LocalDate.parse("2017-10-28"), "Manila", "PH")));
		return TestAccounts.runAs(this.officer,
				() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, MandatePagesTests.uniqueNumber(),
						"COP12", "Synergies and partnerships", null, null, cop.id(), MandateStatus.ADOPTED)));
	}

}
