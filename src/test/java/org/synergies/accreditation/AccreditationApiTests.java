package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.messaging.Outbox;
import org.synergies.shared.Language;
import org.synergies.support.TestEvents;
import org.synergies.support.DatabaseTest;
import org.synergies.support.ApiScript;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script runs the whole accreditation through {@code /api/v1} with personal tokens,
 * from an empty process to the register document. On a database of its own: nothing is
 * adopted when it starts.
 */
@SpringBootTest(properties = "synergies.test.fresh=accreditation-api")
@AutoConfigureMockMvc
@DatabaseTest
class AccreditationApiTests implements ApiScript {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	Outbox outbox;

	@Autowired
	TestEvents listeners;

	@Test
	void aScriptRunsTheWholeFlowFromTheDraftProcessToTheRegisterDocument() {
		String officer = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		String otherOfficer = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		String firstMember = this.accounts.apiToken(this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER));
		String secondMember = this.accounts.apiToken(this.accounts.active(Language.ES, Role.STANDING_COMMITTEE_MEMBER));
		Ngo ngo = this.fixtures.ngo(Language.FR);
		String applicant = this.accounts.apiToken(ngo.member());

		// Before anything is adopted, applying is refused with the rule.
		assertThat(send(post("/api/v1/accreditation/applications", applicant,
				"{\"organization\": \"%s\"}".formatted(ngo.organization().id()))))
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("application.rule.no-process"));

		// The Secretariat drafts the process, the working group comments, the Committee
		// adopts it by written procedure.
		String draft = body(send(post("/api/v1/accreditation/process", officer, "{}")), 201);
		String process = JsonPath.read(draft, "$.id");
		String content = """
				{"version": %d, "content": {
				  "textEn": "NGO partners apply under an open call.", "textFr": "Les ONG partenaires postulent.",
				  "textEs": "Las ONG asociadas postulan.", "validityYears": 3,
				  "reportingIntervalMonths": 36,
				  "criteria": [
				    {"textEn": "Works for migratory species.", "textFr": "Œuvre pour les espèces migratrices.",
				     "textEs": "Trabaja por las especies migratorias.", "evidenceRequired": false},
				    {"textEn": "Is a non-profit.", "textFr": "Est à but non lucratif.",
				     "textEs": "No tiene fines de lucro.", "evidenceRequired": true}],
				  "documents": [{"nameEn": "Statutes", "nameFr": "Statuts", "nameEs": "Estatutos"}]}}"""
			.formatted(((Number) JsonPath.read(draft, "$.version")).longValue());
		assertThat(send(put("/api/v1/accreditation/process/" + process, officer, content))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content.criteria[*].key",
					keys -> assertThat(keys).asArray().containsExactly("C1", "C2"))
			.hasPathSatisfying("$.content.documents[0].code", code -> assertThat(code).isEqualTo("D1"));
		assertThat(send(post("/api/v1/accreditation/process/" + process + "/comments", firstMember,
				"{\"text\": \"Three years is right.\"}")))
			.hasStatus(201);
		assertThat(send(post("/api/v1/accreditation/process/" + process + "/submit", officer, "{}"))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("SUBMITTED"));
		String adoption = body(
				send(post("/api/v1/decisions", officer, """
						{"body": "%s", "procedure": "WRITTEN_PROCEDURE", "reference": "StC/2026/WP-ACC",
						 "adoptedOn": "%s", "text": "The Standing Committee adopts the accreditation process."}"""
					.formatted(org.synergies.meetings.GoverningBody.STANDING_COMMITTEE, LocalDate.now().minusDays(2)))),
				201);
		assertThat(send(post("/api/v1/accreditation/process/" + process + "/adopt", officer,
				"{\"decision\": \"%s\"}".formatted((String) JsonPath.read(adoption, "$.id")))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ADOPTED"));
		assertThat(send(get("/api/v1/accreditation/process", null))).bodyJson()
			.hasPathSatisfying("$[0].number", number -> assertThat(number).isEqualTo(1));

		// A call opens and NGOs are invited by e-mail.
		assertThat(send(post("/api/v1/accreditation/applications", applicant,
				"{\"organization\": \"%s\"}".formatted(ngo.organization().id()))))
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("application.rule.no-open-call"));
		String call = body(
				send(post("/api/v1/accreditation/calls", officer, "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}"
					.formatted(LocalDate.now(), LocalDate.now().plusDays(90)))),
				201);
		assertThat(send(post("/api/v1/accreditation/calls/" + JsonPath.read(call, "$.id") + "/invitations", officer,
				"{\"organizations\": [\"%s\"]}".formatted(ngo.organization().id()))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.recipients", recipients -> recipients.assertThat().asNumber().isNotEqualTo(0));
		assertThat(send(get("/api/v1/accreditation/calls/open", null))).hasStatusOk();

		// The NGO applies: answers, evidence, documents, then submits.
		String started = body(send(post("/api/v1/accreditation/applications", applicant,
				"{\"organization\": \"%s\"}".formatted(ngo.organization().id()))), 201);
		String application = JsonPath.read(started, "$.id");
		String base = "/api/v1/accreditation/applications/" + application;
		assertThat(send(post(base + "/submit", applicant, "{}"))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("application.rule.incomplete"));
		assertThat(send(put(base + "/answers", applicant, """
				{"version": %d, "answers": {
				  "C1": {"text": "Nous protégeons les oiseaux migrateurs.", "language": "FR"},
				  "C2": {"text": "Association loi 1901.", "language": "FR"}}}"""
			.formatted(((Number) JsonPath.read(started, "$.version")).longValue())))).hasStatusOk();
		assertThat(send(get(base + "/missing", applicant))).bodyJson()
			.hasPathSatisfying("$", missing -> assertThat(missing).asArray().containsExactly("C2", "D1"));
		assertThat(this.mvc.post()
			.uri(base + "/documents/D1")
			.multipart()
			.file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", SampleFiles.png()))
			.header("Authorization", "Bearer " + applicant)
			.header("Accept-Language", "fr")).hasStatus(422)
			.bodyJson()
			.hasPathSatisfying("$.detail",
					detail -> assertThat(detail).asString().contains("ne correspond pas à son contenu"))
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("files.rule.name-lies"));
		assertThat(upload(base + "/documents/D1", applicant, "statuts.pdf", new byte[0])).hasStatus(422);
		assertThat(upload(base + "/documents/D1", applicant, "statuts.pdf", SampleFiles.pdf())).hasStatusOk();
		assertThat(upload(base + "/evidence/C2", applicant, "recepisse.odt", SampleFiles.odt())).hasStatusOk();
		assertThat(send(post(base + "/submit", applicant, "{}"))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("SUBMITTED"));

		// Screening: a question on the record, answered; then forwarded.
		String asked = body(send(post(base + "/questions", officer,
				"{\"question\": \"Which flyways?\", \"dueOn\": \"%s\"}".formatted(LocalDate.now().plusDays(14)))), 200);
		String question = JsonPath.read(asked, "$.questions[0].id");
		assertThat(send(post(base + "/forward", officer, versioned(asked)))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("application.rule.open-questions"));
		assertThat(send(get(base, firstMember))).as("not forwarded yet").hasStatus(403);
		String answered = body(send(post(base + "/questions/" + question + "/answer", applicant,
				"{\"answer\": \"La voie de migration Afrique–Eurasie.\"}")), 200);
		assertThat(send(post(base + "/forward", officer, versioned(answered)))).hasStatusOk();

		// Two Committee members recommend; deciding with a stale version conflicts.
		assertThat(send(post(base + "/recommendations", firstMember,
				"{\"recommendation\": \"APPROVE\", \"reasons\": \"Long record on flyways.\"}")))
			.hasStatusOk();
		String recommended = body(send(post(base + "/recommendations", secondMember,
				"{\"recommendation\": \"APPROVE\", \"reasons\": \"De acuerdo.\"}")), 200);
		assertThat(JsonPath.<List<?>>read(recommended, "$.recommendations")).hasSize(2);
		String decision = """
				{"version": %d, "outcome": "ACCREDIT", "procedure": "WRITTEN_PROCEDURE",
				 "reference": "%s", "adoptedOn": "%s", "text": "The Committee accredits the applicant."}""";
		long version = ((Number) JsonPath.read(recommended, "$.version")).longValue();
		assertThat(send(post(base + "/decisions", officer,
				decision.formatted(version, TestAccreditation.reference(), LocalDate.now()))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ACCREDITED"));
		assertThat(send(post(base + "/decisions", otherOfficer,
				decision.formatted(version, TestAccreditation.reference(), LocalDate.now()))))
			.as("the second officer, who read the same version")
			.hasStatus(409);

		// The public register, the Secretariat's actions on it, and the document.
		String register = body(send(get("/api/v1/accreditation/register", null)), 200);
		assertThat(JsonPath.<List<String>>read(register, "$[*].organizationName"))
			.containsExactly(ngo.organization().officialName());
		String entry = JsonPath.read(register, "$[0].id");
		assertThat(JsonPath.<Integer>read(register, "$[0].processNumber")).isEqualTo(1);
		assertThat(JsonPath.<String>read(register, "$[0].validUntil"))
			.isEqualTo(LocalDate.now().plusYears(3).minusDays(1).toString());
		String suspended = body(send(post("/api/v1/accreditation/register/" + entry + "/suspend", officer,
				"{\"version\": %d, \"reason\": \"Report overdue.\"}"
					.formatted(((Number) JsonPath.read(register, "$[0].version")).longValue()))),
				200);
		assertThat(JsonPath.<List<?>>read(body(send(get("/api/v1/accreditation/register", null)), 200), "$")).isEmpty();
		assertThat(send(post("/api/v1/accreditation/register/" + entry + "/reinstate", officer, versioned(suspended))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ACTIVE"));
		assertThat(
				send(get("/api/v1/accreditation/register/document?symbol=UNEP/CMS/StC57/Doc.4&language=FR&format=PDF",
						officer)))
			.hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
		assertThat(send(get("/api/v1/accreditation/register/document", applicant))).hasStatus(403);

		// The applicant was told at every step, in French.
		this.listeners.settle();
		assertThat(this.outbox.sentTo(ngo.member().email())).extracting(mail -> mail.subject())
			.anySatisfy(subject -> assertThat(subject).contains("reçue"))
			.anySatisfy(subject -> assertThat(subject).contains("question"))
			.anySatisfy(subject -> assertThat(subject).contains("accréditée"));
	}

	@Test
	void theOpenApiDescriptionDocumentsEveryStep() {
		String description = body(send(get("/v3/api-docs", null)), 200);
		assertThat(JsonPath.<java.util.Map<String, ?>>read(description, "$.paths")).containsKeys(
				"/api/v1/accreditation/process", "/api/v1/accreditation/process/{id}/adopt",
				"/api/v1/accreditation/calls", "/api/v1/accreditation/calls/{id}/invitations",
				"/api/v1/accreditation/applications", "/api/v1/accreditation/applications/{id}/answers",
				"/api/v1/accreditation/applications/{id}/documents/{code}",
				"/api/v1/accreditation/applications/{id}/questions", "/api/v1/accreditation/applications/{id}/forward",
				"/api/v1/accreditation/applications/{id}/recommendations",
				"/api/v1/accreditation/applications/{id}/decisions",
				"/api/v1/accreditation/applications/{id}/corrections", "/api/v1/accreditation/register",
				"/api/v1/accreditation/register/{id}/suspend", "/api/v1/accreditation/register/document");
	}

	@Override
	public MockMvcTester mvc() {
		return this.mvc;
	}

}
