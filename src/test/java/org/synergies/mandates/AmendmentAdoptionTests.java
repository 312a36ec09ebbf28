package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An officer drafts amendments through the API and the page (6.bis inserted, 7 deleted;
 * the same deletion twice, a number taken and a stale version refused), the Conference of
 * the Parties adopts them: the new revision is renumbered (6.bis becomes 7) with its
 * concordance, the old one stays readable at its address, the two compare as tracked
 * changes and the superseded one takes no amendment. Runs on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AmendmentAdoptionTests {

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
	void anAmendmentAdoptedByTheConferenceBecomesARenumberedRevision() throws Exception {
		String number = MandatePagesTests.uniqueNumber();
		MeetingView cop = TestAccounts.runAs(this.officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
						5000 + MandatePagesTests.NEXT.incrementAndGet() % 4000, LocalDate.parse("2020-02-17"),
						LocalDate.parse("2020-02-22"), "Gandhinagar", "IN")));
		MandateView base = TestAccounts.runAs(this.officer, () -> {
			MandateView recorded = this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number, "COP12",
					"Synergies and Partnerships", "Synergies et partenariats", null, cop.id(), MandateStatus.ADOPTED));
			return this.mandates.enter(recorded.id(), recorded.version(),
					List.of(new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "5", "Se félicite",
							"de la mise en œuvre des recommandations ;", null, null),
							new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "6", "Encourage en outre",
									"le Secrétariat de la CMS ;", null, null),
							new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "7", "Prie aussi",
									"le Secrétariat de faciliter une collaboration informelle ;", null, null),
							new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "6", "Further encourages",
									"the CMS Secretariat;", null, null)));
		});

		MvcTestResult drafted = this.mvc.post()
			.uri("/api/v1/mandates/{id}/amendments", base.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meeting\":\"" + cop.id() + "\",\"symbol\":\"UNEP/CMS/COP13/Doc.18/Annex 1\"}")
			.exchange();
		assertThat(drafted).hasStatus(201);
		String id = JsonPath.read(drafted.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
				"$.id");

		assertThat(operation(id, 0, "INSERT", "fr", "6 bis", "Demande",
				"au Secrétariat d’approuver les demandes de financement des ONG ;"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.paragraphs[2].text[0].kind")
			.isEqualTo("INSERTED");
		assertThat(operation(id, 1, "INSERT", "fr", "6.bis", "Demande", "encore")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("6.bis");
		assertThat(operation(id, 1, "DELETE", "fr", "7", null, null)).hasStatusOk();
		assertThat(operation(id, 2, "DELETE", "fr", "7", null, null)).hasStatus(409);
		assertThat(operation(id, 0, "EDIT", "fr", "5", "Encourage", "la mise en œuvre")).hasStatus(409);

		assertThat(this.mvc.post()
			.uri("/mandates/amendments/{id}/operations", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("action", "INSERT")
			.param("language", "EN")
			.param("kind", "OPERATIVE")
			.param("number", "6bis")
			.param("openingWords", "Requests")
			.param("text", "the Secretariat to endorse funding requests from NGOs;")
			.param("version", "2")
			.exchange()).hasStatusOk().bodyText().contains("<ins>the Secretariat to endorse funding requests");
		assertThat(this.mvc.get()
			.uri("/mandates/amendments/{id}/document.docx?text=fr", id)
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		assertThat(this.mvc.post()
			.uri("/mandates/amendments/{id}/submit", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		DecisionView decision = TestAccounts
			.runAs(this.officer,
					() -> this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop.id(),
							DecisionProcedure.MEETING,
							"Decision " + number + "/" + UUID.randomUUID().toString().substring(0, 6),
							LocalDate.parse("2020-02-22"), "The Conference adopts the amendments.", null)));
		assertThat(this.mvc.post()
			.uri("/mandates/amendments/{id}/adopt", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("decision", decision.id().toString())
			.exchange()).hasStatus3xxRedirection()
			.hasRedirectedUrl("/mandates/" + number + "/rev-" + cop.code().toLowerCase(java.util.Locale.ROOT));

		MandateView revision = this.mandates.at(number, null);
		assertThat(revision.revision()).isEqualTo(cop.code());
		assertThat(revision.in(Language.FR)).extracting(ParagraphView::number, ParagraphView::openingWords)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Se félicite"),
					org.assertj.core.groups.Tuple.tuple("2", "Encourage en outre"),
					org.assertj.core.groups.Tuple.tuple("3", "Demande"));
		assertThat(this.mvc.get().uri("/mandates/{number}?text=fr", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("Concordance of paragraph numbers", "<td>—</td><td>3</td>", "<td>7</td><td>—</td>");
		assertThat(this.mvc.get().uri("/mandates/{number}/para-3?text=fr", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("approuver les demandes de financement");
		assertThat(this.mvc.get().uri("/mandates/{number}/rev-cop12/para-7?text=fr", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("collaboration informelle");
		assertThat(this.mvc.get().uri("/mandates/{number}/compare?text=fr", number).exchange()).hasStatusOk()
			.bodyText()
			.contains("<ins>", "<del>", "formerly 5");
		assertThat(this.mvc.get().uri("/api/v1/mandates/amendments/{id}?language=fr", id).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.concordance[2].after")
			.isEqualTo("3");

		assertThat(this.mvc.post()
			.uri("/api/v1/mandates/{id}/amendments", base.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meeting\":\"" + cop.id() + "\"}")
			.exchange()).hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("superseded");
	}

	private MvcTestResult operation(String id, long version, String action, String language, String number,
			String opening, String text) {
		String body = "{\"version\":" + version + ",\"action\":\"" + action + "\",\"language\":\""
				+ language.toUpperCase(java.util.Locale.ROOT) + "\",\"kind\":\"OPERATIVE\",\"number\":\"" + number
				+ "\"" + (opening == null ? "" : ",\"openingWords\":\"" + opening + "\"")
				+ (text == null ? "" : ",\"text\":\"" + text + "\"") + "}";
		return this.mvc.post()
			.uri("/api/v1/mandates/amendments/{id}/operations", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
