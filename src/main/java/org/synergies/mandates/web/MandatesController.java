package org.synergies.mandates.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateStanding;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.Repeals;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * The public mandates: the list, a text in the reader's language (another one on request,
 * a missing paragraph shown as missing with the languages it exists in), and each
 * operative paragraph and each annex at its own address, in the latest revision or a
 * given one.
 */
@Controller
@RequestMapping("/mandates")
class MandatesController {

	private final Mandates mandates;

	private final GoverningBodies bodies;

	private final Repeals repeals;

	private final Amendments amendments;

	MandatesController(Mandates mandates, GoverningBodies bodies, Repeals repeals, Amendments amendments) {
		this.mandates = mandates;
		this.bodies = bodies;
		this.repeals = repeals;
		this.amendments = amendments;
	}

	/** Active texts by default; {@code ?standing=repealed} or {@code all}. */
	@GetMapping
	String list(@RequestParam(name = "standing", required = false) @Nullable String standing, Model model) {
		MandateStanding filter = MandateStanding.filter(standing).orElse(null);
		model.addAttribute("standing", filter == null ? "all" : filter.name().toLowerCase(Locale.ROOT));
		model.addAttribute("mandates", this.repeals.list(filter));
		model.addAttribute("meetings",
				this.bodies.meetings(null)
					.stream()
					.collect(java.util.stream.Collectors.toMap(MeetingView::id, MeetingView::code)));
		return "mandates/list";
	}

	@GetMapping("/{slug}")
	String latest(@PathVariable String slug, @RequestParam(name = "text", required = false) @Nullable String text,
			Model model, Locale locale) {
		return text(this.mandates.at(slug, null), text, model, locale);
	}

	@GetMapping("/{slug}/rev-{revision}")
	String revision(@PathVariable String slug, @PathVariable String revision,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale) {
		return text(this.mandates.at(slug, "rev-" + revision), text, model, locale);
	}

	@GetMapping("/{slug}/para-{paragraph}")
	String paragraph(@PathVariable String slug, @PathVariable String paragraph,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale) {
		return paragraph(this.mandates.at(slug, null), paragraph, text, model, locale);
	}

	@GetMapping("/{slug}/rev-{revision}/para-{paragraph}")
	String revisionParagraph(@PathVariable String slug, @PathVariable String revision, @PathVariable String paragraph,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale) {
		return paragraph(this.mandates.at(slug, "rev-" + revision), paragraph, text, model, locale);
	}

	@GetMapping("/{slug}/annex-{annex}")
	String annex(@PathVariable String slug, @PathVariable String annex,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale) {
		return annex(this.mandates.at(slug, null), annex, text, model, locale);
	}

	@GetMapping("/{slug}/rev-{revision}/annex-{annex}")
	String revisionAnnex(@PathVariable String slug, @PathVariable String revision, @PathVariable String annex,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale) {
		return annex(this.mandates.at(slug, "rev-" + revision), annex, text, model, locale);
	}

	private String annex(MandateView mandate, String number, @Nullable String text, Model model, Locale locale) {
		Language language = language(text, locale);
		model.addAttribute("annex", mandate.annex(number).orElseThrow(() -> new NotFoundException("annex", number)));
		describe(mandate, language, model);
		return "mandates/annex";
	}

	private String text(MandateView mandate, @Nullable String text, Model model, Locale locale) {
		Language language = language(text, locale);
		describe(mandate, language, model);
		List<Passage> passages = Passage.of(mandate, language);
		model.addAttribute("passages", passages);
		// the revisions, the amendment that produced this one (its concordance) and those
		// being prepared to it
		model.addAttribute("revisions", this.amendments.revisions(mandate));
		model.addAttribute("producedBy", this.amendments.producing(mandate.id()).orElse(null));
		model.addAttribute("amendments", this.amendments.of(mandate.id()));
		model.addAttribute("conferences",
				this.bodies.meetings(org.synergies.meetings.GoverningBody.CONFERENCE_OF_THE_PARTIES));
		model.addAttribute("firstOperative",
				passages.stream().filter(Passage::isOperative).map(Passage::anchor).findFirst().orElse(""));
		return "mandates/text";
	}

	private String paragraph(MandateView mandate, String written, @Nullable String text, Model model, Locale locale) {
		Language language = language(text, locale);
		String anchor = ParagraphNumber.parse(written)
			.map(ParagraphKind.OPERATIVE::anchor)
			.orElseThrow(() -> new NotFoundException("paragraph", written));
		List<Passage> passages = Passage.of(mandate, language)
			.stream()
			.filter(passage -> passage.anchor().equals(anchor))
			.toList();
		if (passages.isEmpty()) {
			throw new NotFoundException("paragraph", written);
		}
		describe(mandate, language, model);
		model.addAttribute("passage", passages.get(0));
		return "mandates/paragraph";
	}

	private void describe(MandateView mandate, Language language, Model model) {
		model.addAttribute("mandate", mandate);
		model.addAttribute("repeal", this.repeals.of(mandate).orElse(null));
		model.addAttribute("language", language);
		model.addAttribute("meeting",
				mandate.meeting() == null ? null : this.bodies.meeting(mandate.meeting()).orElse(null));
		model.addAttribute("base",
				"/mandates/" + mandate.slug() + (mandate.revisionSlug() == null ? "" : "/" + mandate.revisionSlug()));
		model.addAttribute("mandateTitle", title(mandate, language));
	}

	/** The title in the text's language, else in the first language it has. */
	static @Nullable Titled title(MandateView mandate, Language language) {
		for (Language candidate : List.of(language, Language.EN, Language.FR, Language.ES)) {
			String title = mandate.title(candidate);
			if (title != null) {
				return new Titled(title, candidate);
			}
		}
		return null;
	}

	/** A title and the language it is in (for the {@code lang} attribute). */
	record Titled(String text, Language language) {

		public String lang() {
			return this.language.code();
		}

	}

	private static Language language(@Nullable String text, Locale locale) {
		return text == null ? Language.of(locale) : Language.fromCode(text).orElse(Language.of(locale));
	}

}
