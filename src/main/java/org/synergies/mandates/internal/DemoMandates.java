package org.synergies.mandates.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.Language;
import org.synergies.system.DemoData;

/**
 * Resolution 11.10 (Rev.COP12) "Synergies and Partnerships", adopted at COP12 (Manila),
 * as it stood before COP13: the text the seed's Annex 1 amends (UNEP/CMS/COP13/Doc.18).
 * The seed's text keeps the amendments' words but not their underlining and striking, so
 * the text before them is reconstructed from what the annex keeps of the old numbering:
 * operative paragraph 6 ("Encourage en outre", with its three indents) and 27 (the repeal
 * of Resolutions 7.9, 8.11, 9.6 and 10.21) number the paragraphs between them, so
 * "Reconnaît que des partenariats officiels…", 6.bis, 6.ter and "Note que la présente
 * Résolution a abrogé…" are the amendment's insertions and are not part of it; paragraph
 * 5 read "Se félicite de la mise en œuvre…"; the references to COP13, Doc.18 and the
 * post-2020 framework are the amendment's too. French is complete; English and Spanish
 * hold the first four recitals and operative paragraphs 5, 6 and 27 (translations
 * prepared for the demonstration): the other paragraphs are shown as missing in those
 * languages rather than invented.
 */
@Component
@DemoData
@Order(40)
class DemoMandates implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMandates.class);

	private static final String TEXT = "mandates/resolution-11.10-rev-cop12.txt";

	private static final Pattern PARAGRAPH = Pattern.compile("([PO]) (\\S+) (.+?) \\| (.+)");

	private final Mandates mandates;

	private final GoverningBodies bodies;

	DemoMandates(Mandates mandates, GoverningBodies bodies) {
		this.mandates = mandates;
		this.bodies = bodies;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.mandates.list().isEmpty()) {
			return;
		}
		UUID cop12 = this.bodies.meetings(null)
			.stream()
			.filter(meeting -> meeting.code().equals("COP12"))
			.map(MeetingView::id)
			.findFirst()
			.orElse(null);
		if (cop12 == null) {
			return;
		}
		MandateView resolution = this.mandates
			.record(new MandateDetails(MandateKind.RESOLUTION, "11.10", "COP12", "Synergies and Partnerships",
					"Synergies et partenariats", "Sinergias y asociaciones", cop12, MandateStatus.ADOPTED));
		List<ParagraphDetails> paragraphs = paragraphs(read());
		this.mandates.enter(resolution.id(), resolution.version(), paragraphs);
		log.info("Demo data: Resolution 11.10 (Rev.COP12) seeded, {} paragraphs", paragraphs.size());
	}

	/**
	 * The paragraphs of the demo text: "[FR]" starts a language; "P n opening words |
	 * text" a preambular paragraph, "O n …" an operative one; "- …" a sub-paragraph and
	 * "^ …" a footnote of the paragraph above; "#" a comment.
	 */
	static List<ParagraphDetails> paragraphs(List<String> lines) {
		List<ParagraphDetails> paragraphs = new ArrayList<>();
		Language language = Language.EN;
		Draft draft = null;
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[")) {
				language = Language.fromCode(line.substring(1, line.length() - 1)).orElseThrow();
				continue;
			}
			if (line.startsWith("- ") || line.startsWith("^ ")) {
				if (draft == null) {
					throw new IllegalStateException("no paragraph before: " + line);
				}
				(line.startsWith("- ") ? draft.subParagraphs : draft.footnotes).append(line.substring(2)).append('\n');
				continue;
			}
			Matcher matcher = PARAGRAPH.matcher(line);
			if (!matcher.matches()) {
				throw new IllegalStateException("not a paragraph: " + line);
			}
			if (draft != null) {
				paragraphs.add(draft.details());
			}
			draft = new Draft(language,
					matcher.group(1).equals("P") ? ParagraphKind.PREAMBULAR : ParagraphKind.OPERATIVE, matcher.group(2),
					matcher.group(3), matcher.group(4));
		}
		if (draft != null) {
			paragraphs.add(draft.details());
		}
		return paragraphs;
	}

	private static List<String> read() {
		try {
			return new ClassPathResource(TEXT).getContentAsString(StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/** A paragraph being read, until the next one starts. */
	private record Draft(Language language, ParagraphKind kind, String number, String openingWords, String text,
			StringBuilder subParagraphs, StringBuilder footnotes) {

		Draft(Language language, ParagraphKind kind, String number, String openingWords, String text) {
			this(language, kind, number, openingWords, text, new StringBuilder(), new StringBuilder());
		}

		ParagraphDetails details() {
			return new ParagraphDetails(this.language, this.kind, this.number, this.openingWords, this.text,
					this.subParagraphs.toString(), this.footnotes.toString());
		}

	}

}
