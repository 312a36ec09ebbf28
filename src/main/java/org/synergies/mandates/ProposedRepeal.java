package org.synergies.mandates;

/**
 * A text a draft amendment proposes to repeal, by one operative paragraph of the amended
 * text.
 *
 * @param paragraph the paragraph's number in the amended text ("27", "6.bis"); the
 * adopted revision renumbers it
 * @param repealedNumber "11.11"
 */
public record ProposedRepeal(String paragraph, MandateKind repealedKind, String repealedNumber) {

	/** The repealed text's page: "/mandates/11.11". */
	public String repealedAddress() {
		return "/mandates/" + this.repealedKind.slug(this.repealedNumber);
	}

	/** The symbol the repeal names, in English: "Resolution 11.11". */
	public String symbol() {
		return (this.repealedKind == MandateKind.RESOLUTION ? "Resolution " : "Decision ") + this.repealedNumber;
	}

}
