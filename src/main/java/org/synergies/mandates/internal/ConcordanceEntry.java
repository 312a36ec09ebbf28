package org.synergies.mandates.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.ParagraphKind;

/** A line of the concordance an adopted amendment keeps, in the new revision's order. */
@Table("mandate_concordance")
record ConcordanceEntry(int position, ParagraphKind kind, @Nullable String oldNumber, @Nullable String newNumber) {

	ConcordanceLine view() {
		return new ConcordanceLine(this.kind, this.oldNumber, this.newNumber);
	}

}
