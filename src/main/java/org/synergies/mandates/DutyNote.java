package org.synergies.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * What the Secretariat notes of the implementation of a mandate, dated, in the languages
 * it wrote it in.
 */
public record DutyNote(UUID id, LocalDate notedOn, @Nullable String textEn, @Nullable String textFr,
		@Nullable String textEs, String writtenBy, Instant createdAt) {

	public @Nullable String text(Language language) {
		return language.pick(this.textEn, this.textFr, this.textEs);
	}

	/** The note in a language, else in the first language it has, with that language. */
	public Written in(Language language) {
		for (Language candidate : java.util.List.of(language, Language.EN, Language.FR, Language.ES)) {
			String text = text(candidate);
			if (text != null) {
				return new Written(text, candidate);
			}
		}
		throw new IllegalStateException("a note has a text");
	}

	public record Written(String text, Language language) {

		public String lang() {
			return this.language.code();
		}

	}

}
