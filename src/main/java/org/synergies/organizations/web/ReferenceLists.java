package org.synergies.organizations.web;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.organizations.OrganizationKind;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;

/**
 * The lists every registry page offers to choose from, in the reader's language.
 */
@Component
class ReferenceLists {

	private final ReferenceData reference;

	ReferenceLists(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model, Locale locale) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("countries", CountryCode.all(locale));
		model.addAttribute("instruments", this.reference.instruments());
		model.addAttribute("speciesGroups", this.reference.speciesGroups());
		model.addAttribute("languages", Language.values());
	}

}
