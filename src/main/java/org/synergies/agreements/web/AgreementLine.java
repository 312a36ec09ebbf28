package org.synergies.agreements.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.synergies.agreements.AgreementView;

/**
 * An agreement with the names the reader needs: its partners' (in the reader's language)
 * and the instrument's acronym.
 */
record AgreementLine(AgreementView agreement, String instrument, List<Partner> partners) {

	record Partner(UUID id, String name) {
	}

	public String title(Locale locale) {
		return this.agreement.title(locale);
	}

	public String partnerNames() {
		return String.join("; ", this.partners.stream().map(Partner::name).toList());
	}

}
