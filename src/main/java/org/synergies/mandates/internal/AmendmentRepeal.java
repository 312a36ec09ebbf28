package org.synergies.mandates.internal;

import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.ProposedRepeal;

/**
 * A text an amendment proposes to repeal, by one of its operative paragraphs, as stored.
 */
@Table("mandate_amendment_repeal")
record AmendmentRepeal(MandateKind repealedKind, String repealedNumber, String paragraphNumber) {

	ProposedRepeal view() {
		return new ProposedRepeal(this.paragraphNumber, this.repealedKind, this.repealedNumber);
	}

}
