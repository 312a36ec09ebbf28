package org.synergies.mandates;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.mandates.internal.AmendmentRecords;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the profile {@code demo}, Resolutions 7.9, 8.11, 9.6 and 10.21 stand repealed by
 * paragraph 27 of Resolution 11.10 (Rev.COP12), and Resolution 11.11 is still in force:
 * paragraph 27 of the COP13 amendment (the seed's Annex 1) repeals it, and once COP13
 * adopts the amendment it stands repealed by Resolution 11.10 (Rev.COP13), paragraph 31
 * (the amendment's 27, after 5.bis, 6.bis, 6.ter and 26.bis), the earlier repeals keeping
 * Rev.COP12's paragraph.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoRepealsTests {

	@Autowired
	Mandates mandates;

	@Autowired
	Repeals repeals;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Amendments amendments;

	@Autowired
	AmendmentRepeals amendmentRepeals;

	@Autowired
	AmendmentRecords records;

	@Autowired
	GoverningBodies bodies;

	/**
	 * An officer who only reads and adopts (the demo context sends no invitation to
	 * accept).
	 */
	final AccountView officer = new AccountView(UUID.randomUUID(), "officer@example.org", "Demo Officer", Language.EN,
			AccountStatus.ACTIVE, Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null, Instant.now(), null, 0);

	@Test
	void paragraphTwentySevenRepealsFourResolutionsAndElevenElevenStands() {
		MandateView elevenTen = this.mandates.at("11.10", "rev-cop12");
		assertThat(this.repeals.by(elevenTen.id())).extracting(RepealView::repealedNumber)
			.containsExactlyInAnyOrder("7.9", "8.11", "9.6", "10.21");
		assertThat(this.repeals.of(this.mandates.at("11.11", null))).isEmpty();
		assertThat(this.mandates.at("9.6", null).title(Language.FR))
			.isEqualTo("La coopération avec d’autres organismes");

		assertThat(this.mvc.get().uri("/mandates/10.21").exchange()).hasStatusOk()
			.bodyText()
			.contains("Repealed by Resolution 11.10 (Rev.COP12),")
			.contains("href=\"/mandates/11.10/rev-cop12/para-27\"")
			.contains("No paragraph of this text has been entered yet.");
		assertThat(this.mvc.get().uri("/mandates/11.10/para-27").exchange()).hasStatusOk()
			.bodyText()
			.contains("This paragraph repeals:")
			.contains("href=\"/mandates/10.21\"");
		assertThat(this.mvc.get().uri("/mandates?standing=repealed").exchange()).hasStatusOk()
			.bodyText()
			.contains(">Resolution 7.9<")
			.doesNotContain(">Resolution 11.11<");
	}

	@Test
	void theCop13AmendmentRepealsElevenElevenByItsParagraphTwentySeven() {
		AmendmentView amendment = amendment();
		assertThat(this.amendmentRepeals.of(amendment))
			.containsExactly(new ProposedRepeal("27", MandateKind.RESOLUTION, "11.11"));
		assertThat(this.mvc.get()
			.uri("/mandates/amendments/{id}?text=fr", amendment.id())
			.with(TestAccounts.as(this.officer))
			.exchange()).hasStatusOk().bodyText().contains("This paragraph repeals:", "href=\"/mandates/11.11\"");
	}

	@Test
	@Transactional
	void adoptedAtCop13TheAmendmentRepealsElevenElevenByRevCop13() {
		AmendmentView amendment = amendment();
		MeetingView cop13 = this.bodies.meeting(amendment.meeting()).orElseThrow();
		AmendmentView adopted = TestAccounts.runAs(this.officer, () -> {
			this.amendments.submit(amendment.id());
			DecisionView decision = this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES,
					cop13.id(), DecisionProcedure.MEETING, "Decision 13.99", cop13.endsOn(),
					"The Conference adopts the amendments to Resolution 11.10.", null));
			return this.amendments.adopt(amendment.id(), decision.id());
		});

		RepealView elevenEleven = this.repeals.of(this.mandates.at("11.11", null)).orElseThrow();
		assertThat(elevenEleven.repealing()).isEqualTo(adopted.revision());
		assertThat(elevenEleven.repealingReference()).isEqualTo("11.10 (Rev.COP13)");
		assertThat(elevenEleven.paragraph()).isEqualTo("31");
		assertThat(this.repeals.of(this.mandates.at("7.9", null)).orElseThrow().repealingReference())
			.isEqualTo("11.10 (Rev.COP12)");
		assertThat(this.repeals.list(MandateStanding.ACTIVE)).extracting(MandateView::number)
			.doesNotContain("7.9", "8.11", "9.6", "10.21", "11.11");
	}

	private AmendmentView amendment() {
		MandateView elevenTen = this.mandates.at("11.10", "rev-cop12");
		return this.records.findByMandateIdOrderByCreatedAtDesc(elevenTen.id()).get(0).view();
	}

}
