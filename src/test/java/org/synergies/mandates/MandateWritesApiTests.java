package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Secretariat writes texts through the API (record, paragraphs all or none with their
 * version, removal, DOCX import with a dry run) and records repeals: an unknown text
 * refused with nothing recorded; a repealed text says by which paragraph, leaves the
 * active list and the API says so. Nobody else writes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MandateWritesApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Mandates mandates;

	@Autowired
	Repeals repeals;

	AccountView officer;

	String token;

	@BeforeEach
	void officer() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.token = "Bearer " + this.accounts.apiToken(this.officer);
	}

	MeetingView meeting() {
		return this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
				30_000 + MandateImportTests.NEXT.incrementAndGet() % 9000, LocalDate.parse("2014-11-04"),
				LocalDate.parse("2014-11-09"), "Quito", "EC"));
	}

	UUID created(String number) {
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/mandates")
			.header("Authorization", this.token)
			.contentType("application/json")
			.content("""
					{"kind": "RESOLUTION", "number": "%s", "titleEn": "Synergies and Partnerships",
					 "titleFr": "Synergies et partenariats", "meeting": "%s", "status": "ADOPTED"}""".formatted(number,
					meeting().id()))
			.exchange();
		assertThat(created).hasStatus(201);
		return UUID.fromString(
				new String(created.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)
					.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
	}

	@Test
	void theSecretariatRecordsATextAndEntersItsParagraphsAllOrNone() throws Exception {
		String number = MandateImportTests.uniqueNumber();
		UUID id = created(number);

		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/mandates/{id}/paragraphs", id)
			.header("Authorization", this.token)
			.contentType("application/json")
			.content(
					"""
							{"version": 0, "paragraphs": [
							 {"language": "EN", "kind": "OPERATIVE", "number": "6 bis", "openingWords": "Requests", "text": "the Secretariat;"},
							 {"language": "EN", "kind": "OPERATIVE", "number": "six", "text": "nothing"}]}""")
			.exchange();
		assertThat(refused).hasStatus(400).bodyText().contains("paragraphs[1].number");
		assertThat(this.mandates.require(id).paragraphs()).isEmpty();

		MvcTestResult entered = this.mvc.post()
			.uri("/api/v1/mandates/{id}/paragraphs", id)
			.header("Authorization", this.token)
			.contentType("application/json")
			.content(
					"""
							{"version": 0, "paragraphs": [
							 {"language": "EN", "kind": "OPERATIVE", "number": "6 bis", "openingWords": "Requests", "text": "the Secretariat;"},
							 {"language": "EN", "kind": "PREAMBULAR", "number": "1", "openingWords": "Recalling", "text": "Resolution 10.21,"}]}""")
			.exchange();
		assertThat(entered).hasStatusOk().bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.paragraphs[1].number").isEqualTo("6.bis");
			json.assertThat().extractingPath("$.standing").isEqualTo("ACTIVE");
			json.assertThat().extractingPath("$.version").isEqualTo(1);
		});
		UUID paragraph = this.mandates.require(id).paragraphs().get(0).id();

		assertThat(this.mvc.delete()
			.uri("/api/v1/mandates/{id}/paragraphs/{p}?version=0", id, paragraph)
			.header("Authorization", this.token)).as("a stale version").hasStatus(409);
		assertThat(this.mvc.delete()
			.uri("/api/v1/mandates/{id}/paragraphs/{p}?version=1", id, paragraph)
			.header("Authorization", this.token)).hasStatusOk();
		assertThat(this.mandates.require(id).paragraphs()).hasSize(1);

		AccountView member = this.accounts.active(Language.EN, Role.ORGANIZATION_MEMBER);
		assertThat(this.mvc.post()
			.uri("/api/v1/mandates")
			.header("Authorization", "Bearer " + this.accounts.apiToken(member))
			.contentType("application/json")
			.content("{\"kind\": \"RESOLUTION\", \"number\": \"1.1\", \"titleEn\": \"x\", \"status\": \"DRAFT\"}"))
			.hasStatus(403);
	}

	@Test
	void aDocxIsTriedWithoutSavingThenImportedWithTheTextsVersion() {
		UUID id = created(MandateImportTests.uniqueNumber());

		MvcTestResult dryRun = importing(id, ResolutionFiles.elevenTenInFrench(), "true", "0");
		assertThat(dryRun).hasStatusOk().bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.saved").isEqualTo(false);
			json.assertThat().extractingPath("$.title").isEqualTo("SYNERGIES ET PARTENARIATS");
			json.assertThat().extractingPath("$.paragraphs[4].number").isEqualTo("6.bis");
			json.assertThat().extractingPath("$.paragraphs[4].openingWords").isEqualTo("Demande");
			json.assertThat()
				.extractingPath("$.paragraphs[1].footnotes[0]")
				.isEqualTo("Dénommé à présent Wild Migration.");
			json.assertThat().extractingPath("$.annexes[0]").isEqualTo("Annexe");
		});
		assertThat(this.mandates.require(id).paragraphs()).isEmpty();

		assertThat(importing(id, ResolutionFiles.elevenTenInFrench(), "false", "7")).as("a stale version")
			.hasStatus(409);
		assertThat(importing(id, ResolutionFiles.aLetter(), "false", "0")).hasStatus(409)
			.bodyText()
			.contains("mandates.import.notResolution");
		assertThat(importing(id, SampleFiles.pdf(), "false", "0")).hasStatus(422);
		assertThat(this.mandates.require(id).paragraphs()).isEmpty();

		assertThat(importing(id, ResolutionFiles.elevenTenInFrench(), "false", "0")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.saved").isEqualTo(true);
				json.assertThat().extractingPath("$.text.languages").asArray().containsExactly("FR");
			});
		assertThat(this.mandates.require(id).in(Language.FR)).hasSize(6);
		assertThat(importing(id, ResolutionFiles.elevenTenInFrench(), "true", "1")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> json.assertThat()
				.extractingPath("$.paragraphs[2].problems[0].message")
				.isEqualTo("Paragraph 5 already exists in Français. Remove it first to replace it."));
	}

	@Test
	void twoParagraphsWithTheSameNumberInTheFileAreRefusedTogether() {
		UUID id = created(MandateImportTests.uniqueNumber());
		byte[] file = ResolutionFiles.docx(document -> {
			ResolutionFiles.plain(document, "5. Requests the Secretariat to report;");
			ResolutionFiles.plain(document, "5. Invites the Parties to contribute.");
		});

		assertThat(importing(id, file, "false", "0")).hasStatus(400)
			.bodyText()
			.contains("Paragraph 5 already exists in Fran");
		assertThat(this.mandates.require(id).paragraphs()).isEmpty();
	}

	MvcTestResult importing(UUID id, byte[] file, String dryRun, String version) {
		return this.mvc.post()
			.uri("/api/v1/mandates/{id}/import", id)
			.multipart()
			.file(new MockMultipartFile("file", "resolution.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", file))
			.param("language", "FR")
			.param("dryRun", dryRun)
			.param("version", version)
			.header("Authorization", this.token)
			.exchange();
	}

	@Test
	void aParagraphRepealsTextsWhichLeaveTheActiveMandates() {
		String repealingNumber = MandateImportTests.uniqueNumber();
		UUID repealing = created(repealingNumber);
		TestAccounts.runAs(this.officer,
				() -> this.mandates.enter(repealing, 0, List.of(new ParagraphDetails(Language.EN,
						ParagraphKind.OPERATIVE, "27", "Repeals", "Resolution 7.9.", null, null))));
		String first = MandateImportTests.uniqueNumber();
		String second = MandateImportTests.uniqueNumber();
		created(first);
		created(second);

		MvcTestResult unknown = this.mvc.post()
			.uri("/api/v1/mandates/{id}/repeals", repealing)
			.header("Authorization", this.token)
			.contentType("application/json")
			.content("{\"paragraph\": \"27\", \"symbols\": [\"Resolution %s\", \"Resolution 1.999\"]}".formatted(first))
			.exchange();
		assertThat(unknown).hasStatus(400)
			.bodyText()
			.contains("There is no text Resolution 1.999: nothing was recorded.");
		assertThat(this.mvc.post()
			.uri("/api/v1/mandates/{id}/repeals", repealing)
			.header("Authorization", this.token)
			.contentType("application/json")
			.content("{\"paragraph\": \"28\", \"symbols\": [\"Resolution %s\"]}".formatted(first))).hasStatus(400)
			.bodyText()
			.contains("This text has no operative paragraph 28.");
		assertThat(this.mvc.get().uri("/mandates/{n}", first).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("Repealed by")
			.contains("No paragraph of this text has been entered yet.");

		MvcTestResult repealed = this.mvc.post()
			.uri("/api/v1/mandates/{id}/repeals", repealing)
			.header("Authorization", this.token)
			.contentType("application/json")
			.content("{\"paragraph\": \"27\", \"symbols\": [\"Resolution %s\", \"Résolution %s\"]}".formatted(first,
					second))
			.exchange();
		assertThat(repealed).hasStatus(201)
			.bodyJson()
			.satisfies(json -> json.assertThat()
				.extractingPath("$[0].paragraphAddress")
				.isEqualTo("/mandates/" + repealingNumber + "/para-27"));

		assertThat(this.mvc.get().uri("/mandates/{n}", first).exchange()).hasStatusOk()
			.bodyText()
			.contains("Repealed by Resolution " + repealingNumber + ",")
			.contains("href=\"/mandates/" + repealingNumber + "/para-27\"");
		assertThat(this.mvc.get().uri("/mandates/{n}", second).header("Accept-Language", "fr").exchange()).hasStatusOk()
			.bodyText()
			.contains("Abrogée par la Résolution " + repealingNumber + ",");
		assertThat(this.mvc.get().uri("/mandates").exchange()).hasStatusOk()
			.bodyText()
			.contains(repealingNumber)
			.doesNotContain(">Resolution " + first + "<");
		assertThat(this.mvc.get().uri("/mandates?standing=repealed").exchange()).hasStatusOk()
			.bodyText()
			.contains(">Resolution " + first + "<")
			.doesNotContain(">Resolution " + repealingNumber + "<");
		assertThat(this.mvc.get().uri("/api/v1/mandates?standing=all").exchange()).hasStatusOk()
			.bodyJson()
			.satisfies(json -> json.assertThat()
				.extractingPath("$[?(@.number == '%s')].standing".formatted(first))
				.asArray()
				.containsExactly("REPEALED"));

		assertThat(this.mvc.get()
			.uri("/mandates/texts/{id}/paragraphs", repealing)
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("href=\"/mandates/" + first + "\"")
			.contains("Record the repeal");

		assertThatThrownBy(() -> this.repeals.repeal(created(MandateImportTests.uniqueNumber()), ParagraphNumber.of(1),
				List.of("Resolution " + first)))
			.as("a text repealed is repealed once")
			.isInstanceOf(org.synergies.shared.InvalidInputException.class);
		assertThat(this.repeals.repeal(repealing, ParagraphNumber.of(27), List.of("Resolution " + first)))
			.as("the same text naming it again keeps the first repeal")
			.hasSize(2);
	}

}
