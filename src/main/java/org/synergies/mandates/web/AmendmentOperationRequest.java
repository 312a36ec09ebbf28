package org.synergies.mandates.web;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.ParagraphKind;
import org.synergies.shared.Language;

/**
 * One change to a draft amendment, made on the version read ({@code version}; a stale one
 * answers 409).
 */
record AmendmentOperationRequest(@Nullable Long version, AmendmentOperation.@Nullable Action action,
		@Nullable Language language, @Nullable ParagraphKind kind, @Nullable String number, @Nullable String newNumber,
		@Nullable String openingWords, @Nullable String text, @Nullable String subParagraphs,
		@Nullable String footnotes) {

	AmendmentOperation operation() {
		return new AmendmentOperation(this.action, this.language, this.kind, this.number, this.newNumber,
				this.openingWords, this.text, this.subParagraphs, this.footnotes);
	}

}
