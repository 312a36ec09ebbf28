package org.synergies.mandates;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph between two versions of a text, in one language, its changes word by word:
 * what the annex of proposed amendments or a comparison of two revisions prints.
 *
 * @param before its number before (none when inserted)
 * @param after its number after (none when deleted)
 * @param footnotes the footnotes as they stand after (before, when deleted)
 */
public record TrackedParagraph(ParagraphKind kind, @Nullable String before, @Nullable String after, State state,
		List<TextChange> openingWords, List<TextChange> text, List<TrackedSubParagraph> subParagraphs,
		List<String> footnotes) {

	public enum State {

		KEPT, EDITED, INSERTED, DELETED, MOVED

	}

	/** The number it is printed under: the new one, or the old one when deleted. */
	public String number() {
		return this.after != null ? this.after : required(this.before);
	}

	public String anchor() {
		return this.kind.anchor(ParagraphNumber.parse(number()).orElseThrow());
	}

	public boolean isOperative() {
		return this.kind == ParagraphKind.OPERATIVE;
	}

	/** Whether it changes at all (text, place or existence). */
	public boolean isChanged() {
		return this.state != State.KEPT;
	}

	public String openingWordsHtml() {
		return TrackedChanges.html(this.openingWords);
	}

	public String textHtml() {
		return TrackedChanges.html(this.text);
	}

	/** A sub-paragraph and its changes, under its label ("a", none for a bullet). */
	public record TrackedSubParagraph(@Nullable String label, List<TextChange> text) {

		public String html() {
			return TrackedChanges.html(this.text);
		}

		public @Nullable String printedLabel() {
			return this.label == null ? null : this.label + ")";
		}

	}

	private static String required(@Nullable String number) {
		if (number == null) {
			throw new IllegalStateException("a paragraph has a number before or after");
		}
		return number;
	}

}
