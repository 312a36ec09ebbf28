package org.synergies.agreements.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.agreements.internal.AgreementsDocuments;
import org.synergies.shared.InvalidInputException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * The list of agreements as a UN information document, produced from the list page:
 * anyone downloads the public version; the Secretariat also the version that lists the
 * agreements under negotiation. A wrong symbol, language or format comes back to the list
 * page with its reason.
 */
@Controller
@RequestMapping("/agreements/document")
class AgreementsDocumentController {

	private final AgreementsDocuments documents;

	private final FlashProblems problems;

	AgreementsDocumentController(AgreementsDocuments documents, FlashProblems problems) {
		this.documents = documents;
		this.problems = problems;
	}

	@GetMapping
	ResponseEntity<byte[]> publicList(@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String format, RedirectAttributes redirect, Locale locale) {
		return download(symbol, language, format, false, redirect, locale);
	}

	@GetMapping("/internal")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	ResponseEntity<byte[]> internalList(@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String format, RedirectAttributes redirect, Locale locale) {
		return download(symbol, language, format, true, redirect, locale);
	}

	private ResponseEntity<byte[]> download(@Nullable String symbol, @Nullable String language, @Nullable String format,
			boolean internal, RedirectAttributes redirect, Locale locale) {
		try {
			AgreementsDocuments.Generated generated = this.documents.generate(symbol, language, format, locale,
					internal);
			return Downloads.attachment(generated.mediaType(), generated.fileName(), generated.content());
		}
		catch (InvalidInputException invalid) {
			this.problems.flash(redirect, invalid, locale);
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/agreements#document").build();
		}
	}

}
