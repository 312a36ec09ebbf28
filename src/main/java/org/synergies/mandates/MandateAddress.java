package org.synergies.mandates;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A text, or one of its operative paragraphs, as its public address names it:
 * {@code 11.10/para-6} (Resolution 11.10, operative paragraph 6, in its latest revision),
 * {@code decision-13.AA}.
 *
 * @param text the text's address: "11.10", "decision-13.AA"
 * @param paragraph the operative paragraph's number as adopted ("6.bis"), none for the
 * whole text
 */
public record MandateAddress(String text, @Nullable ParagraphNumber paragraph) {

	private static final Pattern WRITTEN = Pattern.compile(
			"(?:/?mandates/)?((?:decision-)?\\d{1,3}\\.[0-9A-Za-z]{1,6})(?:/rev-[a-z0-9]+)?(?:/para-([0-9a-z]+))?/?");

	public static MandateAddress of(MandateView mandate, @Nullable ParagraphNumber paragraph) {
		return new MandateAddress(mandate.slug(), paragraph);
	}

	/**
	 * The address as written in a link or a form: "11.10/para-6bis",
	 * "/mandates/decision-13.AA"; none when it is not one.
	 */
	public static Optional<MandateAddress> parse(@Nullable String written) {
		if (written == null) {
			return Optional.empty();
		}
		Matcher matcher = WRITTEN.matcher(written.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String symbol = matcher.group(1);
		String text = symbol.toLowerCase(Locale.ROOT).startsWith("decision-")
				? "decision-" + symbol.substring("decision-".length()).toUpperCase(Locale.ROOT)
				: symbol.toUpperCase(Locale.ROOT);
		if (matcher.group(2) == null) {
			return Optional.of(new MandateAddress(text, null));
		}
		return ParagraphNumber.parse(matcher.group(2)).map(number -> new MandateAddress(text, number));
	}

	public MandateKind kind() {
		return this.text.startsWith("decision-") ? MandateKind.DECISION : MandateKind.RESOLUTION;
	}

	/** The text's number: "11.10", "13.AA". */
	public String number() {
		return this.kind() == MandateKind.DECISION ? this.text.substring("decision-".length()) : this.text;
	}

	/** The paragraph as stored: "6.bis", empty for the whole text. */
	public String paragraphKey() {
		return this.paragraph == null ? "" : this.paragraph.toString();
	}

	/** The public page: "/mandates/11.10/para-6bis". */
	public String path() {
		return "/mandates/" + this.text
				+ (this.paragraph == null ? "" : "/" + ParagraphKind.OPERATIVE.anchor(this.paragraph));
	}

	@Override
	public String toString() {
		return path().substring("/mandates/".length());
	}

}
