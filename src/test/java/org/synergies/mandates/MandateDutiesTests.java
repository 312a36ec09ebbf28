package org.synergies.mandates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who must do what under a decision or paragraph, its dated notes, a decision's period
 * and its lapse read from the date, the decisions lapsing at a meeting with the
 * Secretariat's proposals, the draft decisions annex grouped by addressees, and the link
 * other modules make to a paragraph; pages, API and documents. Runs on H2 and, as a
 * {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class MandateDutiesTests {

	/** Decision numbers 20.x to 59.x and meeting numbers no other test takes. */
	static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 40_000));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Mandates mandates;

	@Autowired
	Duties duties;

	@Autowired
	DecisionPeriods periods;

	@Autowired
	MandateLinks links;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	@BeforeEach
	void officer() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
	}

	@Test
	void anOfficerRecordsWhoMustActAndWhatWasDoneAndThePublicReadsIt() {
		MandateView decision = decision(meeting(LocalDate.parse("2020-02-17")), MandateStatus.ADOPTED);
		String page = "/mandates/" + decision.slug();

		MvcTestResult saved = this.mvc.post()
			.uri("/mandates/texts/{id}/duty", decision.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("addressees", "SECRETARIAT", "PARTIES")
			.param("status", "ONGOING")
			.param("version", "0")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(page + "#duty");
		MvcTestResult stale = this.mvc.post()
			.uri("/mandates/texts/{id}/duty", decision.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("addressees", "NGOS")
			.param("status", "COMPLETED")
			.param("version", "0")
			.exchange();
		assertThat(stale).hasStatus3xxRedirection().flash().containsKey("problems");
		MvcTestResult future = this.mvc.post()
			.uri("/mandates/texts/{id}/duty/notes", decision.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("notedOn", LocalDate.now().plusDays(2).toString())
			.param("textEn", "Not yet.")
			.exchange();
		assertThat(future).flash()
			.hasEntrySatisfying("problems",
					problems -> assertThat(problems.toString()).contains("A note cannot be dated after today."));
		this.mvc.post()
			.uri("/mandates/texts/{id}/duty/notes", decision.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("notedOn", "2021-03-01")
			.param("textEn", "The working group met twice.")
			.param("textFr", "Le groupe de travail s’est réuni deux fois.")
			.exchange();

		assertThat(this.duties.of(decision.id()).addressees()).containsExactlyInAnyOrder(Addressee.SECRETARIAT,
				Addressee.PARTIES);
		assertThat(this.mvc.get().uri(page).exchange()).hasStatusOk()
			.bodyText()
			.contains("Who must do what")
			.contains("the Secretariat, Parties")
			.contains("Ongoing")
			.contains("1 March 2021")
			.contains("The working group met twice.")
			.doesNotContain("Record who must act");
		assertThat(this.mvc.get().uri(page + "?lang=fr").header("Accept-Language", "fr").exchange()).bodyText()
			.contains("Le groupe de travail s’est réuni deux fois.");
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(this.officer)).exchange()).bodyText()
			.contains("Record who must act and how far it is done")
			.contains("Add a note")
			.contains("Set the period");
		assertThat(this.audit.historyOf("mandate-duty", decision.id())).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("duty-assigned", "duty-noted");
		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}/duties", decision.id()).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.text.addressees")
			.asArray()
			.containsExactly("SECRETARIAT", "PARTIES");
	}

	@Test
	void theApiWritesForTheSecretariatAndRefusesAStaleVersion() {
		MandateView decision = decision(meeting(LocalDate.parse("2020-02-17")), MandateStatus.ADOPTED);
		String token = this.accounts.apiToken(this.officer);
		String body = "{\"paragraph\":\"1\",\"addressees\":[\"STANDING_COMMITTEE\"],\"status\":\"NOT_STARTED\",\"version\":0}";

		assertThat(this.mvc.put()
			.uri("/api/v1/mandates/{id}/duties", decision.id())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(this.mvc.put()
			.uri("/api/v1/mandates/{id}/duties", decision.id())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()).hasStatus(409);
		assertThat(this.mvc.put()
			.uri("/api/v1/mandates/{id}/duties", decision.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange()).hasStatus(401);
		assertThat(this.mvc.post()
			.uri("/api/v1/mandates/{id}/duties/notes", decision.id())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"notedOn\":\"" + LocalDate.now().plusDays(3) + "\",\"textEn\":\"Later.\"}")
			.exchange()).hasStatus(400).bodyText().contains("mandates.duty.note.future");
		assertThat(this.duties.of(decision.id(), ParagraphNumber.of(1)).addressees())
			.containsExactly(Addressee.STANDING_COMMITTEE);
		assertThat(this.duties.of(decision.id()).notes()).isEmpty();
	}

	@Test
	void aDraftsDutiesAndLinksAreTheSecretariats() {
		MandateView draft = decision(meeting(LocalDate.now().plusMonths(3)), MandateStatus.DRAFT);

		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}/duties", draft.id()).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}/links", draft.id()).exchange()).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/v1/mandates/{id}/duties", draft.id())
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))
			.exchange()).hasStatusOk();
	}

	@Test
	void aDecisionLapsesWhenTheLastMeetingOfItsPeriodOpens() throws IOException {
		MeetingView adopted = meeting(LocalDate.parse("2017-10-23"));
		MeetingView held = meeting(LocalDate.parse("2020-02-17"));
		MeetingView ahead = meeting(LocalDate.now().plusMonths(4));
		MandateView lapsed = decision(adopted, MandateStatus.ADOPTED);
		MandateView inForce = decision(adopted, MandateStatus.ADOPTED);
		TestAccounts.runAs(this.officer, () -> this.periods.set(lapsed.id(), adopted.id(), held.id(), 0));
		DecisionPeriod period = TestAccounts.runAs(this.officer,
				() -> this.periods.set(inForce.id(), adopted.id(), ahead.id(), 0));

		assertThat(this.periods.isLapsed(lapsed)).isTrue();
		assertThat(this.periods.isLapsed(inForce)).isFalse();
		assertThat(this.mvc.get().uri("/api/v1/mandates/in-force").exchange()).bodyText()
			.contains(inForce.id().toString())
			.doesNotContain(lapsed.id().toString());
		assertThat(this.mvc.get().uri("/mandates/" + lapsed.slug()).exchange()).bodyText()
			.contains("Lapsed at the opening of the");
		assertThatThrownBy(() -> TestAccounts.runAs(this.officer,
				() -> this.periods.set(inForce.id(), ahead.id(), adopted.id(), period.version())))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TestAccounts.runAs(this.officer,
				() -> this.periods.propose(inForce.id(), RenewalProposal.RENEW, period.version() + 1)))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(this.mvc.get()
			.uri("/mandates/meetings/{id}/lapsing", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk().bodyText().contains("Decision " + inForce.number());
		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/proposal", inForce.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("proposal", "RENEW")
			.param("version", String.valueOf(period.version()))
			.exchange()).hasStatus3xxRedirection().flash().containsKey("proposalSaved");
		assertThat(this.mvc.get().uri("/mandates/meetings/{id}/lapsing", ahead.id()).exchange())
			.hasStatus3xxRedirection();

		String html = this.mvc.get()
			.uri("/mandates/meetings/{id}/lapsing/document?format=html&language=en&symbol=UNEP/CMS/X", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("DECISIONS TO RENEW OR DELETE")
			.contains("Proposed for renewal")
			.contains("Decision " + inForce.number())
			.contains("UNEP/CMS/X");
		byte[] docx = this.mvc.get()
			.uri("/mandates/meetings/{id}/lapsing/document?format=docx&language=fr", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(docx)).contains("DÉCISIONS À RECONDUIRE OU À SUPPRIMER")
			.contains("Décisions dont la reconduction est proposée");
		byte[] pdf = this.mvc.get()
			.uri("/mandates/meetings/{id}/lapsing/document?format=pdf&language=es", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(this.mvc.get()
			.uri("/api/v1/mandates/meetings/{id}/lapsing", ahead.id())
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))
			.exchange()).hasStatusOk().bodyJson().extractingPath("$[0].period.proposal").isEqualTo("RENEW");
	}

	@Test
	void theDraftDecisionsAnnexGroupsThemByWhomTheyAreDirectedTo() throws IOException {
		MeetingView ahead = meeting(LocalDate.now().plusMonths(5));
		MandateView toParties = decision(ahead, MandateStatus.DRAFT);
		MandateView toSecretariat = decision(ahead, MandateStatus.DRAFT);
		TestAccounts.runAs(this.officer, () -> this.duties.assign(toParties.id(), null,
				Set.of(Addressee.PARTIES, Addressee.NGOS), ImplementationStatus.NOT_STARTED, 0));
		TestAccounts.runAs(this.officer, () -> this.duties.assign(toSecretariat.id(), null,
				Set.of(Addressee.SECRETARIAT), ImplementationStatus.NOT_STARTED, 0));

		String french = this.mvc.get()
			.uri("/mandates/meetings/{id}/draft-decisions?format=html&language=fr", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(french).contains("PROJETS DE DÉCISIONS")
			.contains("À l’attention du Secrétariat")
			.contains("À l’attention des Parties et des ONG")
			.contains("Le Secrétariat doit établir un rapport")
			.containsSubsequence("À l’attention du Secrétariat", toSecretariat.number(), "À l’attention des Parties",
					toParties.number());
		byte[] docx = this.mvc.get()
			.uri("/mandates/meetings/{id}/draft-decisions?format=docx&language=en", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(docx)).contains("DRAFT DECISIONS")
			.contains("Directed to the Secretariat")
			.contains("Directed to Parties and NGOs")
			.contains("a) prepare a report");
		String spanish = this.mvc.get()
			.uri("/mandates/meetings/{id}/draft-decisions?format=html&language=es", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(spanish).contains("Dirigidas a las Partes y a las ONG").contains("(No disponible en español)");
		assertThat(this.mvc.get()
			.uri("/mandates/meetings/{id}/draft-decisions?format=odt", ahead.id())
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatus(303).flash().containsKey("problems");
	}

	@Test
	void anotherModulesRecordIsLinkedToTheParagraphItImplements() {
		MandateView decision = decision(meeting(LocalDate.parse("2020-02-17")), MandateStatus.ADOPTED);
		UUID cycle = UUID.randomUUID();
		LinkedRecord record = new LinkedRecord("reporting", cycle, "Reporting cycle for COP15",
				"Cycle de rapports pour la COP15", null, "/reporting/cycles/" + cycle);
		MandateAddress paragraph = MandateAddress.parse(decision.slug() + "/para-1").orElseThrow();

		MandateLink link = TestAccounts.runAs(this.officer, () -> this.links.link(record, paragraph));
		TestAccounts.runAs(this.officer, () -> this.links.link(record, paragraph));

		assertThat(this.links.linkedTo(paragraph)).singleElement().isEqualTo(link);
		assertThat(this.links.linksOf("reporting", cycle)).extracting(MandateLink::address).containsExactly(paragraph);
		assertThatThrownBy(
				() -> this.links.link(record, MandateAddress.parse(decision.slug() + "/para-2").orElseThrow()))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.mvc.get().uri(paragraph.path()).header("Accept-Language", "fr").exchange()).bodyText()
			.contains("Cycle de rapports pour la COP15");
		assertThat(this.mvc.get().uri("/api/v1/mandates/{id}/links", decision.id()).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].address")
			.isEqualTo(decision.slug() + "/para-1");
		assertThat(this.mvc.post()
			.uri("/mandates/texts/{id}/links/{link}/delete", decision.id(), link.id())
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.links.linkedTo(paragraph)).isEmpty();
	}

	private MeetingView meeting(LocalDate opens) {
		return this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE, 20_000 + NEXT.incrementAndGet(),
				opens, opens.plusDays(2), "Bonn", "DE"));
	}

	/** A decision with operative paragraph 1 in English and French. */
	private MandateView decision(MeetingView meeting, MandateStatus status) {
		int next = NEXT.incrementAndGet() % 40_000;
		String number = (20 + next / 1000) + "." + (next % 1000);
		return TestAccounts.runAs(this.officer, () -> {
			MandateView recorded = this.mandates.record(new MandateDetails(MandateKind.DECISION, number, null,
					"Test decisions", "Décisions d’essai", null, meeting.id(), status));
			return this.mandates.enter(recorded.id(), recorded.version(),
					List.of(new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1", null,
							"The Secretariat shall:", "a) prepare a report", null),
							new ParagraphDetails(Language.FR, ParagraphKind.OPERATIVE, "1", null,
									"Le Secrétariat doit établir un rapport.", null, null)));
		});
	}

	private static String text(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
