package org.synergies.mandates;

import org.synergies.documents.MarkedText;

/** A piece of a paragraph between two versions: kept, inserted or deleted. */
public record TextChange(Kind kind, String text) {

	public enum Kind {

		KEPT, INSERTED, DELETED

	}

	/** The piece marked for a generated document. */
	public MarkedText marked() {
		return new MarkedText(this.text, switch (this.kind) {
			case KEPT -> MarkedText.Mark.PLAIN;
			case INSERTED -> MarkedText.Mark.INSERTED;
			case DELETED -> MarkedText.Mark.DELETED;
		});
	}

}
