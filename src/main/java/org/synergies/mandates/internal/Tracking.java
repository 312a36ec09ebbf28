package org.synergies.mandates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.SubParagraph;
import org.synergies.mandates.TextChange;
import org.synergies.mandates.TrackedChanges;
import org.synergies.mandates.TrackedParagraph;
import org.synergies.mandates.TrackedParagraph.State;
import org.synergies.mandates.TrackedParagraph.TrackedSubParagraph;

/**
 * Two versions of a text in one language, paragraph by paragraph, as tracked changes: the
 * paragraphs are paired by a concordance of their numbers (an amendment's, or, between
 * two revisions nothing links, the same number), each pair compared word by word.
 */
public final class Tracking {

	private Tracking() {
	}

	/**
	 * @param lines the paragraphs in the order of the later version, those deleted where
	 * they stood
	 * @param moved which lines move a paragraph (rather than renumber it)
	 */
	public static List<TrackedParagraph> track(List<ParagraphView> before, List<ParagraphView> after,
			List<ConcordanceLine> lines, Predicate<ConcordanceLine> moved) {
		Map<String, ParagraphView> old = byNumber(before);
		Map<String, ParagraphView> amended = byNumber(after);
		List<TrackedParagraph> tracked = new ArrayList<>();
		for (ConcordanceLine line : lines) {
			ParagraphView from = line.before() == null ? null : old.get(key(line.kind(), line.before()));
			ParagraphView to = line.after() == null ? null : amended.get(key(line.kind(), line.after()));
			if (from == null && to == null) {
				continue;
			}
			tracked.add(paragraph(line, from, to, moved.test(line)));
		}
		return tracked;
	}

	/** Pairs paragraphs of two revisions by number: for revisions nothing links. */
	public static List<ConcordanceLine> sameNumbers(List<ParagraphView> before, List<ParagraphView> after) {
		Map<String, ParagraphView> old = byNumber(before);
		Map<String, ParagraphView> later = byNumber(after);
		return java.util.stream.Stream.concat(before.stream(), after.stream())
			.sorted(org.synergies.mandates.MandateView.READING_ORDER)
			.map(paragraph -> key(paragraph.kind(), paragraph.number()))
			.distinct()
			.map(key -> {
				ParagraphView any = old.containsKey(key) ? old.get(key) : later.get(key);
				return new ConcordanceLine(Objects.requireNonNull(any).kind(),
						old.containsKey(key) ? any.number() : null, later.containsKey(key) ? any.number() : null);
			})
			.toList();
	}

	private static TrackedParagraph paragraph(ConcordanceLine line, @Nullable ParagraphView from,
			@Nullable ParagraphView to, boolean moved) {
		String beforeNumber = from == null ? null : line.before();
		String afterNumber = to == null ? null : line.after();
		List<TextChange> opening = TrackedChanges.between(opening(from), opening(to));
		List<TextChange> text = TrackedChanges.between(from == null ? "" : from.text(), to == null ? "" : to.text());
		List<TrackedSubParagraph> subs = subParagraphs(from == null ? List.of() : from.subParagraphs(),
				to == null ? List.of() : to.subParagraphs());
		List<String> footnotes = to != null ? to.footnotes() : Objects.requireNonNull(from).footnotes();
		State state;
		if (from == null) {
			state = State.INSERTED;
		}
		else if (to == null) {
			state = State.DELETED;
		}
		else if (moved) {
			state = State.MOVED;
		}
		else {
			boolean same = Objects.equals(from.openingWords(), to.openingWords()) && from.text().equals(to.text())
					&& from.subParagraphs().equals(to.subParagraphs());
			state = same ? State.KEPT : State.EDITED;
		}
		return new TrackedParagraph(line.kind(), beforeNumber, afterNumber, state, opening, text, subs, footnotes);
	}

	private static List<TrackedSubParagraph> subParagraphs(List<SubParagraph> before, List<SubParagraph> after) {
		List<TrackedSubParagraph> subs = new ArrayList<>();
		for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
			SubParagraph from = i < before.size() ? before.get(i) : null;
			SubParagraph to = i < after.size() ? after.get(i) : null;
			String label = to != null ? to.label() : Objects.requireNonNull(from).label();
			subs.add(new TrackedSubParagraph(label,
					TrackedChanges.between(from == null ? "" : from.text(), to == null ? "" : to.text())));
		}
		return subs;
	}

	private static String opening(@Nullable ParagraphView paragraph) {
		return paragraph == null || paragraph.openingWords() == null ? "" : paragraph.openingWords();
	}

	private static Map<String, ParagraphView> byNumber(List<ParagraphView> paragraphs) {
		return paragraphs.stream()
			.collect(Collectors.toMap(paragraph -> key(paragraph.kind(), paragraph.number()), paragraph -> paragraph,
					(first, second) -> first));
	}

	static String key(ParagraphKind kind, String number) {
		return kind + " " + number;
	}

}
