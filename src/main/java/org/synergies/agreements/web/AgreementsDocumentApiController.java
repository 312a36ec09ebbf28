package org.synergies.agreements.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.agreements.internal.AgreementsDocuments;
import org.synergies.system.Downloads;

/**
 * The list of agreements as a UN information document through the API: the public version
 * without a token, the Secretariat's (with the agreements under negotiation) with one.
 */
@RestController
@RequestMapping("/api/v1/agreements/document")
@Tag(name = "Agreements")
class AgreementsDocumentApiController {

	private static final String PARAMETERS = " Parameters: symbol (optional UN document symbol, at most 100 characters, e.g. UNEP/CMS/StC48/Inf.5), language (en, fr or es; the Accept-Language otherwise), format (docx, pdf or html; docx otherwise). 400 naming each wrong parameter.";

	private final AgreementsDocuments documents;

	AgreementsDocumentApiController(AgreementsDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The list of agreements as a UN information document",
			description = "Agreements in force, extended, signed, expired and terminated, grouped by status then kind, with partners, instrument, signature and validity."
					+ PARAMETERS)
	ResponseEntity<byte[]> publicList(@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String format, Locale locale) {
		return download(this.documents.generate(symbol, language, format, locale, false));
	}

	@GetMapping("/internal")
	@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The Secretariat's list of agreements as a UN information document",
			description = "As the public list, with the agreements under negotiation as a last part." + PARAMETERS)
	ResponseEntity<byte[]> internalList(@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String format, Locale locale) {
		return download(this.documents.generate(symbol, language, format, locale, true));
	}

	private static ResponseEntity<byte[]> download(AgreementsDocuments.Generated generated) {
		return Downloads.attachment(generated.mediaType(), generated.fileName(), generated.content());
	}

}
