package org.synergies.mandates;

/**
 * Preambular paragraphs state the context ("Recalling …") and are not numbered in the
 * text; operative paragraphs carry the mandate and are numbered as adopted.
 */
public enum ParagraphKind {

	PREAMBULAR("preamble-"), OPERATIVE("para-");

	private final String anchorPrefix;

	ParagraphKind(String anchorPrefix) {
		this.anchorPrefix = anchorPrefix;
	}

	/** The paragraph's anchor and address segment: "para-6bis", "preamble-3". */
	public String anchor(ParagraphNumber number) {
		return this.anchorPrefix + number.slug();
	}

}
