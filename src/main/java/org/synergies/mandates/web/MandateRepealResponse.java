package org.synergies.mandates.web;

import org.synergies.mandates.MandateKind;
import org.synergies.mandates.RepealView;

/**
 * A repeal: the text repealed and the paragraph that repealed it.
 *
 * @param repealed "Resolution 7.9"
 * @param repealedAddress the repealed text's page, "/mandates/7.9"
 * @param repealedBy "Resolution 11.10 (Rev.COP12)"
 * @param paragraph the repealing paragraph, "27"
 * @param paragraphAddress its page, "/mandates/11.10/rev-cop12/para-27"
 */
record MandateRepealResponse(String repealed, String repealedAddress, String repealedBy, String paragraph,
		String paragraphAddress) {

	static MandateRepealResponse of(RepealView repeal) {
		return new MandateRepealResponse(word(repeal.repealedKind()) + repeal.repealedNumber(),
				repeal.repealedAddress(), word(repeal.repealingKind()) + repeal.repealingReference(),
				repeal.paragraph(), repeal.paragraphAddress());
	}

	private static String word(MandateKind kind) {
		return kind == MandateKind.RESOLUTION ? "Resolution " : "Decision ";
	}

}
