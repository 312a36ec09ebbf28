package org.synergies.mandates;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the profile {@code demo}, decisions 13.AA–13.CC stand as the seed's Annex 2 drafts
 * them, in three languages, adopted at COP13 for the period until COP14 (which has
 * opened, so they lapsed), each directed to whom the annex names; the accreditation
 * process, a reporting cycle and the joint work plans are linked to what they implement.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoDecisionsTests {

	@Autowired
	Mandates mandates;

	@Autowired
	Duties duties;

	@Autowired
	DecisionPeriods periods;

	@Autowired
	MandateLinks links;

	@Autowired
	MockMvcTester mvc;

	@Test
	void decisionsThirteenAaToCcRunFromCop13UntilCop14() {
		MandateView aa = this.mandates.at("decision-13.AA", null);
		MandateView bb = this.mandates.at("decision-13.BB", null);
		MandateView cc = this.mandates.at("decision-13.CC", null);

		assertThat(aa.languages()).containsExactly(Language.EN, Language.FR, Language.ES);
		assertThat(aa.in(Language.FR).get(0).text()).isEqualTo("Le Secrétariat doit :");
		assertThat(aa.in(Language.FR).get(0).subParagraphs()).hasSize(3);
		assertThat(this.periods.of(aa.id())).hasValueSatisfying(period -> {
			assertThat(period.from().code()).isEqualTo("COP13");
			assertThat(period.until().code()).isEqualTo("COP14");
		});
		assertThat(this.periods.isLapsed(cc)).as("COP14 opened in February 2024").isTrue();
		assertThat(this.duties.of(aa.id()).addressees()).containsExactly(Addressee.SECRETARIAT);
		assertThat(this.duties.of(bb.id()).addressees()).containsExactlyInAnyOrder(Addressee.PARTIES, Addressee.NGOS);
		assertThat(this.duties.of(cc.id()).addressees()).containsExactly(Addressee.STANDING_COMMITTEE);
	}

	@Test
	void recordsElsewhereAreLinkedToWhatTheyImplement() {
		assertThat(this.links.linkedTo(MandateAddress.parse("decision-13.AA").orElseThrow()))
			.extracting(link -> link.record().module())
			.containsExactly("accreditation");
		assertThat(this.links.linkedTo(MandateAddress.parse("11.10/para-6").orElseThrow()))
			.extracting(link -> link.record().module())
			.containsExactly("reporting");
		assertThat(this.links.linkedTo(MandateAddress.parse("11.10/para-10").orElseThrow()))
			.extracting(link -> link.record().module())
			.containsExactly("agreements", "agreements");
		assertThat(this.mvc.get().uri("/mandates/11.10/para-10").exchange()).hasStatusOk()
			.bodyText()
			.contains("What has been done under it")
			.contains("Joint Work Plan between CMS and the Ramsar Convention")
			.contains("The joint work plans with the Ramsar and CBD Secretariats expired in 2018");
		assertThat(this.mvc.get().uri("/mandates/11.10").exchange()).hasStatusOk()
			.bodyText()
			.contains("Operative paragraphs")
			.contains("the Secretariat, Parties, NGOs");
		assertThat(this.mvc.get().uri("/mandates/decision-13.BB").header("Accept-Language", "es").exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Caducó con la apertura de la 14ª reunión de la Conferencia de las Partes (COP14)");
	}

}
