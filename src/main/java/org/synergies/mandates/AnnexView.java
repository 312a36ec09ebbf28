package org.synergies.mandates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An annex of a text ("Annex 1"), its title and body in each language entered; a language
 * without a body is missing in it.
 *
 * @param number as printed after "Annex": "1", "2", "I", "A"
 * @param bodyEn paragraphs separated by line breaks
 */
public record AnnexView(String number, @Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		@Nullable String bodyEn, @Nullable String bodyFr, @Nullable String bodyEs) {

	/** Its address in the text: "annex-1". */
	public String anchor() {
		return anchor(this.number);
	}

	/** The address of the annex numbered so ("annex-1" for "1"). */
	public static String anchor(String number) {
		return "annex-" + number.toLowerCase(Locale.ROOT);
	}

	public @Nullable String title(Language language) {
		return language.pick(this.titleEn, this.titleFr, this.titleEs);
	}

	public @Nullable String body(Language language) {
		return language.pick(this.bodyEn, this.bodyFr, this.bodyEs);
	}

	/** The body's paragraphs in one language, none when it is missing in it. */
	public List<String> paragraphs(Language language) {
		String body = body(language);
		return body == null ? List.of()
				: Arrays.stream(body.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The languages it has a body in. */
	public List<Language> languages() {
		return Stream.of(Language.values()).filter(language -> body(language) != null).toList();
	}

	public boolean isIn(Language language) {
		return body(language) != null;
	}

}
