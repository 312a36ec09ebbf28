package org.synergies.mandates.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.documents.DocumentRenderer;
import org.synergies.documents.DocxWriter;
import org.synergies.documents.MarkedText;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.TextChange;
import org.synergies.mandates.TrackedParagraph;
import org.synergies.shared.FrenchTypography;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * Resolutions as UN documents, in DOCX, PDF or HTML and in English, French or Spanish:
 * the proposed amendments to a revision (new text underlined, deleted text struck; in
 * DOCX, on request, as Word revisions to accept or reject), a consolidated revision with
 * its concordance of paragraph numbers and its annexes, and the comparison of two
 * revisions.
 */
@Service
public class MandateDocuments {

	/** A generated file, ready to download. */
	public record Generated(byte[] content, String fileName, String mediaType) {
	}

	private static final String TEMPLATE = "mandate-text";

	private final Amendments amendments;

	private final Mandates mandates;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	MandateDocuments(Amendments amendments, Mandates mandates, DocumentRenderer renderer, MessageSource messages,
			Clock clock) {
		this.amendments = amendments;
		this.mandates = mandates;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * "Proposed amendments to Resolution 11.10 (Rev.COP12)", as the annex prints them.
	 */
	@Transactional(readOnly = true)
	public Generated amendment(AmendmentView amendment, Language language, MandateDocumentFormat format,
			boolean revisions) {
		MandateView base = this.mandates.require(amendment.mandate());
		List<TrackedParagraph> paragraphs = this.amendments.tracked(amendment.id(), language);
		String symbol = amendment.symbol() != null ? amendment.symbol() : symbol(base);
		List<String> titles = List.of(text(language, "amendments.title." + base.kind(), base.reference()),
				title(base, language));
		MandateDocument document = document(symbol, titles, text(language, "amendments.note"), paragraphs, null,
				List.of(), List.of(), List.of(), language);
		return generate(document, language, format, revisions, "amendments-" + base.number() + "-" + language.code());
	}

	/**
	 * A revision as adopted, with the concordance of its numbers when an amendment made
	 * it.
	 */
	@Transactional(readOnly = true)
	public Generated revision(MandateView revision, Language language, MandateDocumentFormat format) {
		List<ConcordanceLine> lines = this.amendments.producing(revision.id())
			.map(AmendmentView::concordance)
			.orElse(List.of());
		List<TrackedParagraph> paragraphs = this.amendments.compare(revision, revision, language);
		String previous = this.amendments.producing(revision.id())
			.map(amendment -> name(this.mandates.require(amendment.mandate()), language))
			.orElse("");
		MandateDocument document = document(symbol(revision),
				List.of(name(revision, language), title(revision, language)), null, paragraphs,
				lines.isEmpty() ? null : text(language, "concordance"), List.of(previous, name(revision, language)),
				lines, annexes(revision, language), language);
		return generate(document, language, format, false,
				"resolution-" + revision.number() + slug(revision) + "-" + language.code());
	}

	/** The changes from one revision to another, marked as proposed amendments are. */
	@Transactional(readOnly = true)
	public Generated comparison(MandateView from, MandateView to, Language language, MandateDocumentFormat format,
			boolean revisions) {
		List<TrackedParagraph> paragraphs = this.amendments.compare(from, to, language);
		List<String> titles = List.of(text(language, "comparison.title", name(from, language), name(to, language)),
				title(to, language));
		MandateDocument document = document(symbol(to), titles, text(language, "amendments.note"), paragraphs, null,
				List.of(), List.of(), List.of(), language);
		return generate(document, language, format, revisions,
				"comparison-" + to.number() + slug(from) + slug(to) + "-" + language.code());
	}

	private Generated generate(MandateDocument document, Language language, MandateDocumentFormat format,
			boolean revisions, String name) {
		byte[] content = switch (format) {
			case DOCX -> docx(document, language, revisions);
			case PDF -> this.renderer.pdf(TEMPLATE, language, Map.of("document", document));
			case HTML ->
				this.renderer.html(TEMPLATE, language, Map.of("document", document)).getBytes(StandardCharsets.UTF_8);
		};
		return new Generated(content, name.replace(' ', '-') + "." + format.extension(), format.mediaType());
	}

	byte[] docx(MandateDocument document, Language language, boolean revisions) {
		String author = text(language, "author");
		Instant now = Instant.now(this.clock);
		try (DocxWriter docx = new DocxWriter(language.locale())) {
			docx.firstPage(document.organ(), document.symbol(), document.distribution(), document.date(),
					document.original());
			document.titles().forEach(title -> docx.centred(title, true, 12));
			if (document.note() != null) {
				docx.paragraph(document.note());
			}
			for (List<TrackedParagraph> part : List.of(document.preamble(), document.operative())) {
				if (part == document.operative() && !part.isEmpty()) {
					docx.paragraph(document.conference());
				}
				for (TrackedParagraph paragraph : part) {
					String number = paragraph.isOperative() ? paragraph.number() : null;
					List<MarkedText> marked = marked(paragraph);
					if (revisions) {
						docx.revised(number, marked, author, now);
					}
					else {
						docx.marked(number, marked);
					}
					for (TrackedParagraph.TrackedSubParagraph sub : paragraph.subParagraphs()) {
						List<MarkedText> parts = sub.text().stream().map(TextChange::marked).toList();
						String label = sub.printedLabel() == null ? "-" : sub.printedLabel();
						if (revisions) {
							docx.revised(label, parts, author, now);
						}
						else {
							docx.marked(label, parts);
						}
					}
				}
			}
			if (document.concordanceHeading() != null) {
				List<List<String>> rows = document.concordance()
					.stream()
					.filter(line -> line.kind() == org.synergies.mandates.ParagraphKind.OPERATIVE)
					.map(line -> List.of(line.before() == null ? "—" : line.before(),
							line.after() == null ? "—" : line.after()))
					.toList();
				docx.heading(document.concordanceHeading(), 2).table("", document.concordanceColumns(), rows);
			}
			for (MandateDocument.Annex annex : document.annexes()) {
				docx.pageBreak().centred(annex.heading(), true, 12);
				if (annex.title() != null) {
					docx.centred(annex.title(), true, 12);
				}
				annex.paragraphs().forEach(docx::paragraph);
			}
			return docx.toBytes();
		}
	}

	/** Opening words, then the text, as one paragraph of marked pieces. */
	static List<MarkedText> marked(TrackedParagraph paragraph) {
		List<MarkedText> marked = new ArrayList<>();
		paragraph.openingWords().stream().map(TextChange::marked).forEach(marked::add);
		if (!paragraph.openingWords().isEmpty()) {
			marked.add(new MarkedText(" ", MarkedText.Mark.PLAIN));
		}
		paragraph.text().stream().map(TextChange::marked).forEach(marked::add);
		return marked;
	}

	/**
	 * The text's annexes as printed in one language: a language missing in an annex is
	 * said so where its body would be.
	 */
	List<MandateDocument.Annex> annexes(MandateView mandate, Language language) {
		Locale locale = language.locale();
		return mandate.annexes()
			.stream()
			.map(annex -> new MandateDocument.Annex(annex.anchor(),
					set(message(locale, "mandates.annexes.heading", annex.number()), language),
					annex.title(language) == null ? null : set(annex.title(language).toUpperCase(locale), language),
					annex.isIn(
							language)
									? annex.paragraphs(language).stream().map(line -> set(line, language)).toList()
									: List.of(set(message(locale, "mandates.annexes.missing",
											locale.getDisplayLanguage(locale)), language))))
			.toList();
	}

	private MandateDocument document(String symbol, List<String> titles, @Nullable String note,
			List<TrackedParagraph> paragraphs, @Nullable String concordanceHeading, List<String> columns,
			List<ConcordanceLine> concordance, List<MandateDocument.Annex> annexes, Language language) {
		Locale locale = language.locale();
		return new MandateDocument(set(message(locale, "document.register.convention"), language), symbol,
				set(message(locale, "document.distribution"), language),
				UnDates.date(LocalDate.now(this.clock), language),
				set(message(locale, "document.register.original", language.locale().getDisplayLanguage(locale)),
						language),
				titles.stream().map(title -> set(title, language)).toList(), note == null ? null : set(note, language),
				set(message(locale, "mandates.conference"), language),
				paragraphs.stream().filter(paragraph -> !paragraph.isOperative()).toList(),
				paragraphs.stream().filter(TrackedParagraph::isOperative).toList(), concordanceHeading, columns,
				concordance.stream()
					.filter(line -> line.kind() == org.synergies.mandates.ParagraphKind.OPERATIVE)
					.toList(),
				annexes, language.code());
	}

	private String name(MandateView mandate, Language language) {
		return message(language.locale(), "mandates.kind." + mandate.kind()) + " " + mandate.reference();
	}

	private static String title(MandateView mandate, Language language) {
		String title = mandate.title(language);
		return (title != null ? title : mandate.reference()).toUpperCase(language.locale());
	}

	private static String symbol(MandateView mandate) {
		return "UNEP/CMS/"
				+ (mandate.kind() == org.synergies.mandates.MandateKind.RESOLUTION ? "Resolution " : "Decision ")
				+ mandate.reference();
	}

	private static String slug(MandateView mandate) {
		return mandate.revisionSlug() == null ? "" : "-" + mandate.revisionSlug();
	}

	private String text(Language language, String key, Object... arguments) {
		return message(language.locale(), "document.mandates." + key, arguments);
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String set(String text, Language language) {
		return FrenchTypography.apply(text, language);
	}

}
