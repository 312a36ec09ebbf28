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
 * With the profile {@code demo}, Resolution 11.10 (Rev.COP12) stands as the seed's Annex
 * 1 found it: complete in French, its first recitals and paragraphs 5, 6 and 27 in
 * English and Spanish, the rest shown as missing there; and the seed's paragraph 5
 * amendment reads as tracked changes against it.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoMandatesTests {

	@Autowired
	Mandates mandates;

	@Autowired
	MockMvcTester mvc;

	@Test
	void resolutionElevenTenStandsAsAdoptedAtCop12() {
		MandateView resolution = this.mandates.at("11.10", null);

		assertThat(resolution.reference()).isEqualTo("11.10 (Rev.COP12)");
		assertThat(resolution.title(Language.FR)).isEqualTo("Synergies et partenariats");
		assertThat(resolution.in(Language.FR)).hasSize(19 + 27);
		assertThat(resolution.in(Language.EN)).extracting(ParagraphView::anchor)
			.containsExactly("preamble-1", "preamble-2", "preamble-3", "preamble-4", "para-5", "para-6", "para-27");
		assertThat(resolution.in(Language.ES)).hasSize(7);
		assertThat(resolution.in(Language.FR)).filteredOn(paragraph -> paragraph.anchor().equals("para-6"))
			.singleElement()
			.satisfies(six -> assertThat(six.subParagraphs()).hasSize(3));
	}

	@Test
	void theSeedsParagraphFiveAmendmentReadsAsTrackedChanges() {
		ParagraphView five = this.mandates.at("11.10", "rev-cop12")
			.in(Language.FR)
			.stream()
			.filter(paragraph -> paragraph.anchor().equals("para-5"))
			.findFirst()
			.orElseThrow();
		String amended = five.fullText().replace("Se félicite de", "Encourage");

		assertThat(TrackedChanges.html(TrackedChanges.between(five.fullText(), amended)))
			.startsWith("<del>Se félicite de</del><ins>Encourage</ins> la mise en œuvre");
	}

	@Test
	void theParagraphPagesAreThere() {
		assertThat(this.mvc.get().uri("/mandates/11.10/para-6?text=fr").exchange()).hasStatusOk()
			.bodyText()
			.contains("Encourage en outre")
			.contains("les modèles pour une implication accrue");
		assertThat(this.mvc.get().uri("/mandates/11.10/para-7").exchange()).hasStatusOk()
			.bodyText()
			.contains("This paragraph is not available in English.");
	}

}
