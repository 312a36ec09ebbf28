package org.synergies.mandates;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * One change the Secretariat makes to a draft amendment, in one language: edit a
 * paragraph's text, insert a new paragraph under the number it is given ("6.bis"), delete
 * a paragraph, move it to another number, or withdraw what the amendment did to it.
 * Nothing here is trusted: the amendment checks it against the revision it amends.
 *
 * @param number the paragraph's number in the amended text (for an insertion, the new
 * one)
 * @param newNumber where a moved paragraph goes
 */
public record AmendmentOperation(@Nullable Action action, @Nullable Language language, @Nullable ParagraphKind kind,
		@Nullable String number, @Nullable String newNumber, @Nullable String openingWords, @Nullable String text,
		@Nullable String subParagraphs, @Nullable String footnotes) {

	public enum Action {

		EDIT, INSERT, DELETE, MOVE, REVERT

	}

	public static AmendmentOperation edit(Language language, ParagraphKind kind, String number,
			@Nullable String openingWords, String text, @Nullable String subParagraphs) {
		return new AmendmentOperation(Action.EDIT, language, kind, number, null, openingWords, text, subParagraphs,
				null);
	}

	public static AmendmentOperation insert(Language language, ParagraphKind kind, String number,
			@Nullable String openingWords, String text, @Nullable String subParagraphs) {
		return new AmendmentOperation(Action.INSERT, language, kind, number, null, openingWords, text, subParagraphs,
				null);
	}

	public static AmendmentOperation delete(Language language, ParagraphKind kind, String number) {
		return new AmendmentOperation(Action.DELETE, language, kind, number, null, null, null, null, null);
	}

	public static AmendmentOperation move(Language language, ParagraphKind kind, String number, String newNumber) {
		return new AmendmentOperation(Action.MOVE, language, kind, number, newNumber, null, null, null, null);
	}

}
