package org.synergies.agreements.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.mandates.LinkForms;
import org.synergies.mandates.LinkedRecord;

/**
 * The Secretariat links an agreement (and with it its work plan) to the paragraph it
 * implements, e.g. Resolution 11.10, operative paragraph 10 (joint work plans with other
 * conventions).
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class AgreementMandatesController {

	private final Agreements agreements;

	private final LinkForms links;

	AgreementMandatesController(Agreements agreements, LinkForms links) {
		this.agreements = agreements;
		this.links = links;
	}

	@PostMapping("/agreements/{id}/mandates")
	String link(@PathVariable UUID id, @RequestParam(required = false) @Nullable String address,
			RedirectAttributes redirect, Locale locale) {
		AgreementView agreement = this.agreements.require(id);
		this.links.link(record(agreement), address, redirect, locale);
		return "redirect:/agreements/" + id + "#mandates";
	}

	/** The agreement as a mandate's page names it. */
	static LinkedRecord record(AgreementView agreement) {
		return new LinkedRecord("agreements", agreement.id(), agreement.titleEn(), agreement.titleFr(),
				agreement.titleEs(), "/agreements/" + agreement.id());
	}

}
