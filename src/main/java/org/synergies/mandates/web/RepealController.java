package org.synergies.mandates.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.Repeals;
import org.synergies.shared.InvalidInputException;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat records that an operative paragraph repeals other texts, named by their
 * symbols one per line or separated by commas or semicolons; every one is resolved or
 * nothing is recorded.
 */
@Controller
@RequestMapping("/mandates/texts/{id}/repeals")
@PreAuthorize("@mandateAccess.isSecretariat()")
class RepealController {

	private final Mandates mandates;

	private final Repeals repeals;

	private final FlashProblems problems;

	RepealController(Mandates mandates, Repeals repeals, FlashProblems problems) {
		this.mandates = mandates;
		this.repeals = repeals;
		this.problems = problems;
	}

	@PostMapping
	String repeal(@PathVariable UUID id, @RequestParam(required = false) @Nullable String paragraph,
			@RequestParam(required = false) @Nullable String symbols, RedirectAttributes redirect, Locale locale) {
		this.mandates.require(id);
		ParagraphNumber number = paragraph == null ? null : ParagraphNumber.parse(paragraph).orElse(null);
		try {
			if (number == null && paragraph != null && !paragraph.isBlank()) {
				throw new InvalidInputException(java.util.List.of(new org.synergies.shared.FieldProblem("paragraph",
						"mandates.paragraph.number.invalid", paragraph.strip())));
			}
			this.repeals.repeal(id, number,
					symbols == null ? java.util.List.of() : Arrays.asList(symbols.split("[\\n;,]")));
			redirect.addFlashAttribute("repealed", true);
		}
		catch (InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/mandates/texts/" + id + "/paragraphs#repeals";
	}

}
