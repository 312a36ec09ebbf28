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
 * With the profile {@code demo}, Resolutions 7.9, 8.11, 9.6 and 10.21 stand repealed by
 * paragraph 27 of Resolution 11.10 (Rev.COP12), and Resolution 11.11 is still in force
 * (the COP13 amendment repeals it).
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

}
