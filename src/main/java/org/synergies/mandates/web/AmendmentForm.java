package org.synergies.mandates.web;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.AmendedParagraph;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.ParagraphKind;
import org.synergies.shared.Language;

/**
 * One change to a draft amendment as typed in its page; {@code version} is the
 * amendment's, as read.
 */
record AmendmentForm(AmendmentOperation.@Nullable Action action, @Nullable Language language,
		@Nullable ParagraphKind kind, @Nullable String number, @Nullable String newNumber,
		@Nullable String openingWords, @Nullable String text, @Nullable String subParagraphs, @Nullable Long version) {

	/** A new insertion in the language shown. */
	static AmendmentForm insertion(Language language, long version) {
		return new AmendmentForm(AmendmentOperation.Action.INSERT, language, ParagraphKind.OPERATIVE, null, null, null,
				null, null, version);
	}

	/** The paragraph's text as the amendment has it, to edit. */
	static AmendmentForm editing(AmendedParagraph paragraph, long version) {
		return new AmendmentForm(AmendmentOperation.Action.EDIT, paragraph.language(), paragraph.kind(),
				paragraph.number(), null, paragraph.openingWords(), paragraph.text(), paragraph.subParagraphs(),
				version);
	}

	AmendmentOperation operation() {
		return new AmendmentOperation(this.action, this.language, this.kind, this.number, this.newNumber,
				this.openingWords, this.text, this.subParagraphs, null);
	}

	/** The form's key on the page: the paragraph it edits, or "insert". */
	String slot() {
		return this.action == AmendmentOperation.Action.EDIT && this.kind != null && this.number != null
				? this.kind.name() + "-" + this.number : "insert";
	}

}
