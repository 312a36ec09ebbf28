package org.synergies.mandates.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.internal.MandateDocumentFormat;
import org.synergies.mandates.internal.MandateDocuments;
import org.synergies.shared.Language;

/**
 * The revisions of a text: each as a UN document (the consolidated text, with its
 * concordance of numbers), and any two compared as tracked changes, on a page and as a
 * document. Public for adopted revisions.
 */
@Controller
@RequestMapping("/mandates/{slug}")
class RevisionsController {

	private final Mandates mandates;

	private final Amendments amendments;

	private final MandateDocuments documents;

	RevisionsController(Mandates mandates, Amendments amendments, MandateDocuments documents) {
		this.mandates = mandates;
		this.amendments = amendments;
		this.documents = documents;
	}

	@GetMapping("/rev-{revision}/document.{format}")
	ResponseEntity<byte[]> revision(@PathVariable String slug, @PathVariable String revision,
			@PathVariable String format, @RequestParam(name = "text", required = false) @Nullable String text,
			Locale locale) {
		MandateView mandate = this.mandates.at(slug, "rev-" + revision);
		return AmendmentsController.download(this.documents.revision(mandate,
				AmendmentsController.language(text, locale), MandateDocumentFormat.of(format)));
	}

	@GetMapping("/compare")
	String compare(@PathVariable String slug, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale) {
		Pair pair = pair(slug, from, to);
		Language language = AmendmentsController.language(text, locale);
		model.addAttribute("from", pair.from());
		model.addAttribute("to", pair.to());
		model.addAttribute("revisions", pair.revisions());
		model.addAttribute("language", language);
		model.addAttribute("tracked", this.amendments.compare(pair.from(), pair.to(), language));
		return "mandates/comparison";
	}

	@GetMapping("/compare/document.{format}")
	ResponseEntity<byte[]> comparison(@PathVariable String slug, @PathVariable String format,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(name = "text", required = false) @Nullable String text,
			@RequestParam(defaultValue = "false") boolean revisions, Locale locale) {
		Pair pair = pair(slug, from, to);
		return AmendmentsController.download(this.documents.comparison(pair.from(), pair.to(),
				AmendmentsController.language(text, locale), MandateDocumentFormat.of(format), revisions));
	}

	/**
	 * The two revisions named ("rev-cop12"), by default the one before the latest and the
	 * latest.
	 */
	private Pair pair(String slug, @Nullable String from, @Nullable String to) {
		MandateView latest = this.mandates.at(slug, null);
		List<MandateView> revisions = this.amendments.revisions(latest);
		MandateView later = to == null ? latest : this.mandates.at(slug, to);
		MandateView earlier = from != null ? this.mandates.at(slug, from)
				: revisions.size() > 1 ? revisions.get(revisions.size() - 2) : later;
		return new Pair(earlier, later, revisions);
	}

	private record Pair(MandateView from, MandateView to, List<MandateView> revisions) {
	}

}
