package org.synergies.mandates;

import java.time.Instant;
import java.util.UUID;

/**
 * A text repealed by an operative paragraph of another: every revision of the repealed
 * number is repealed.
 *
 * @param repealedNumber "7.9"
 * @param repealing the text whose paragraph repeals it
 * @param repealingReference "11.10 (Rev.COP12)", without its kind, which each language
 * names
 * @param repealingAddress the repealing text's page, "/mandates/11.10/rev-cop12"
 * @param paragraph the repealing paragraph's number, "27"
 */
public record RepealView(UUID id, MandateKind repealedKind, String repealedNumber, UUID repealing,
		MandateKind repealingKind, String repealingReference, String repealingAddress, String paragraph,
		Instant recordedAt) {

	/** The repealing paragraph's page: "/mandates/11.10/rev-cop12/para-27". */
	public String paragraphAddress() {
		return this.repealingAddress + "/"
				+ ParagraphKind.OPERATIVE.anchor(ParagraphNumber.parse(this.paragraph).orElseThrow());
	}

	/** The repealed text's page: "/mandates/7.9". */
	public String repealedAddress() {
		return "/mandates/" + this.repealedKind.slug(this.repealedNumber);
	}

	/** Whether it repeals (every revision of) this text. */
	public boolean repeals(MandateView mandate) {
		return this.repealedKind == mandate.kind() && this.repealedNumber.equals(mandate.number());
	}

}
