package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
 * A draft amendment's paragraph 27 repeals a text (through the API and the page): an
 * unknown text, the text amended itself, a text another text repealed, a paragraph the
 * amended text lacks and a stale version are refused, nothing recorded; withdrawn and
 * recorded again; adopted, the repeal stands by the new revision's paragraph under its
 * new number (3: the revision numbers 6, 6.bis and 27 again from 1), the text drops out
 * of the active mandates, and a repeal the revision amended had made and the amendment
 * restates keeps its first repeal. Runs on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AmendmentRepealsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	Mandates mandates;

	@Autowired
	Amendments amendments;

	@Autowired
	Repeals repeals;

	AccountView officer;

	@BeforeEach
	void officer() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
	}

	@Test
	void aRepealProposedByAnAmendmentIsCarriedOntoTheRenumberedParagraphAtAdoption() {
		MeetingView cop = TestAccounts.runAs(this.officer,
				() -> this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES,
						5000 + MandatePagesTests.NEXT.incrementAndGet() % 4000, LocalDate.parse("2020-02-17"),
						LocalDate.parse("2020-02-22"), "Gandhinagar", "IN")));
		String number = MandatePagesTests.uniqueNumber();
		String earlier = text(cop, List.of());
		String target = text(cop, List.of());
		String elsewhere = text(cop, List.of());
		MandateView other = this.mandates.at(text(cop, List.of(new ParagraphDetails(Language.EN,
				ParagraphKind.OPERATIVE, "1", "Repeals", "another resolution.", null, null))), null);
		MandateView base = TestAccounts.runAs(this.officer, () -> {
			MandateView recorded = this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number, "COP12",
					"Synergies and Partnerships", null, null, cop.id(), MandateStatus.ADOPTED));
			MandateView entered = this.mandates.enter(recorded.id(), recorded.version(),
					List.of(new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "6", "Further encourages",
							"the CMS Secretariat;", null, null),
							new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "27", "Repeals",
									"Resolution " + earlier + ".", null, null)));
			this.repeals.repeal(entered.id(), ParagraphNumber.of(27), List.of("Resolution " + earlier));
			this.repeals.repeal(other.id(), ParagraphNumber.of(1), List.of("Resolution " + elsewhere));
			return entered;
		});
		AmendmentView draft = TestAccounts.runAs(this.officer, () -> {
			AmendmentView drafted = this.amendments.draft(base.id(), cop.id(), null);
			return this.amendments.apply(drafted.id(), drafted.version(), AmendmentOperation.insert(Language.EN,
					ParagraphKind.OPERATIVE, "6.bis", "Requests", "the Secretariat to report;", null));
		});
		UUID id = draft.id();

		assertThat(propose(id, 1, "27", "Resolution 1.999", "Resolution " + target)).hasStatus(400)
			.bodyText()
			.contains("There is no text Resolution 1.999: nothing was recorded.");
		assertThat(propose(id, 1, "27", "Resolution " + number)).hasStatus(400)
			.bodyText()
			.contains("A text cannot repeal itself");
		assertThat(propose(id, 1, "27", "Resolution " + elsewhere)).hasStatus(400)
			.bodyText()
			.contains("is already repealed, by paragraph 1 of text " + other.reference());
		assertThat(propose(id, 1, "40", "Resolution " + target)).hasStatus(400)
			.bodyText()
			.contains("The amended text has no operative paragraph 40.");
		assertThat(propose(id, 0, "27", "Resolution " + target)).hasStatus(409);
		assertThat(
				this.mvc.get().uri("/api/v1/mandates/amendments/{id}/repeals", id).with(TestAccounts.as(this.officer)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.repeals")
			.asArray()
			.isEmpty();

		assertThat(propose(id, 1, "27", "Resolution " + target, "Resolution " + earlier)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> json.assertThat().extractingPath("$.version").isEqualTo(2))
			.satisfies(json -> json.assertThat().extractingPath("$.repeals.length()").isEqualTo(2));
		assertThat(propose(id, 2, "6.bis", "Resolution " + target)).hasStatus(400)
			.bodyText()
			.contains("Text " + target + " is already repealed by paragraph 27 of these amendments");
		assertThat(this.mvc.delete()
			.uri("/api/v1/mandates/amendments/{id}/repeals/{text}?version=2", id, target)
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatusOk().bodyJson().extractingPath("$.repeals.length()").isEqualTo(1);

		assertThat(this.mvc.post()
			.uri("/mandates/amendments/{id}/repeals", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("paragraph", "27")
			.param("symbols", "Resolution 1.998")
			.param("version", "3")).hasStatusOk()
			.bodyText()
			.contains("There is no text Resolution 1.998: nothing was recorded.", ">Resolution 1.998</textarea>");
		assertThat(this.mvc.post()
			.uri("/mandates/amendments/{id}/repeals", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.header("HX-Request", "true")
			.param("paragraph", "27")
			.param("symbols", "Resolution " + target)
			.param("version", "3")).hasStatusOk()
			.bodyText()
			.contains("Repeal recorded.", "This paragraph repeals:", "href=\"/mandates/" + target + "\"");

		DecisionView decision = TestAccounts.runAs(this.officer, () -> {
			this.amendments.submit(id);
			return this.bodies
				.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop.id(), DecisionProcedure.MEETING,
						"Decision " + number + "/" + UUID.randomUUID().toString().substring(0, 6),
						LocalDate.parse("2020-02-22"), "The Conference adopts the amendments.", null));
		});
		assertThat(propose(id, 5, "27", "Resolution " + earlier)).hasStatus(409);
		AmendmentView adopted = TestAccounts.runAs(this.officer, () -> this.amendments.adopt(id, decision.id()));

		MandateView revision = this.mandates.require(java.util.Objects.requireNonNull(adopted.revision()));
		RepealView repeal = this.repeals.of(this.mandates.at(target, null)).orElseThrow();
		assertThat(repeal.repealing()).isEqualTo(revision.id());
		assertThat(repeal.paragraph()).isEqualTo("3");
		RepealView first = this.repeals.of(this.mandates.at(earlier, null)).orElseThrow();
		assertThat(first.repealing()).isEqualTo(base.id());
		assertThat(first.paragraph()).isEqualTo("27");
		assertThat(this.repeals.list(MandateStanding.ACTIVE)).extracting(MandateView::number).doesNotContain(target);
		assertThat(this.mvc.get().uri("/mandates/{n}", target)).hasStatusOk()
			.bodyText()
			.contains("Repealed by Resolution " + revision.reference() + ",")
			.contains("href=\"/mandates/" + number + "/" + revision.revisionSlug() + "/para-3\"");
		assertThat(this.mvc.get().uri("/api/v1/mandates/amendments/{id}/repeals", id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.repeals[*].repealed")
			.asArray()
			.containsExactlyInAnyOrder("Resolution " + target, "Resolution " + earlier);
	}

	private String text(MeetingView cop, List<ParagraphDetails> paragraphs) {
		String number = MandatePagesTests.uniqueNumber();
		TestAccounts.runAs(this.officer, () -> {
			MandateView recorded = this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number, null,
					"A resolution " + number, null, null, cop.id(), MandateStatus.ADOPTED));
			return paragraphs.isEmpty() ? recorded : this.mandates.enter(recorded.id(), recorded.version(), paragraphs);
		});
		return number;
	}

	private MvcTestResult propose(UUID id, long version, String paragraph, String... symbols) {
		String body = "{\"version\":" + version + ",\"paragraph\":\"" + paragraph + "\",\"symbols\":["
				+ String.join(",", java.util.Arrays.stream(symbols).map(s -> "\"" + s + "\"").toList()) + "]}";
		return this.mvc.post()
			.uri("/api/v1/mandates/amendments/{id}/repeals", id)
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
