package org.synergies.mandates.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.shared.Language;

/**
 * A paragraph as a reader meets it in one language: the paragraph in that language, or,
 * when it is missing, the languages it can be read in instead.
 *
 * @param firstFootnote the number of its first footnote in the text as shown
 */
record Passage(ParagraphKind kind, String number, String anchor, @Nullable ParagraphView shown,
		List<Language> available, int firstFootnote) {

	/** Every paragraph of the text, in reading order, as read in {@code language}. */
	static List<Passage> of(MandateView mandate, Language language) {
		Map<String, List<ParagraphView>> slots = new LinkedHashMap<>();
		for (ParagraphView paragraph : mandate.paragraphs()) {
			slots.computeIfAbsent(paragraph.anchor(), anchor -> new ArrayList<>()).add(paragraph);
		}
		List<Passage> passages = new ArrayList<>();
		int footnote = 1;
		for (List<ParagraphView> versions : slots.values()) {
			ParagraphView first = versions.get(0);
			ParagraphView shown = versions.stream()
				.filter(version -> version.language() == language)
				.findFirst()
				.orElse(null);
			passages.add(new Passage(first.kind(), first.number(), first.anchor(), shown,
					versions.stream().map(ParagraphView::language).toList(), footnote));
			footnote += shown == null ? 0 : shown.footnotes().size();
		}
		return passages;
	}

	public boolean isOperative() {
		return this.kind == ParagraphKind.OPERATIVE;
	}

	/** The languages it can be read in besides the reader's. */
	public List<Language> others(Language language) {
		return this.available.stream().filter(other -> other != language).toList();
	}

}
