package org.synergies.mandates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a paragraph as adopted: a whole number, and for a paragraph inserted
 * later between two others a Latin ordinal ({@code 6.bis}, {@code 6.ter},
 * {@code 6.quater}…), so that the paragraphs around it keep their numbers. Written
 * "6.bis", "6 bis", "6bis" or "6-bis" alike; sorts as a person reads (5, 6, 6.bis, 6.ter,
 * 7 … 27).
 *
 * @param base the whole number, 1 to 999
 * @param ordinal 1 for the paragraph itself, 2 for bis, 3 for ter…
 */
public record ParagraphNumber(int base, int ordinal) implements Comparable<ParagraphNumber> {

	/** The Latin ordinals in order, from bis (2); index + 2 is the ordinal. */
	static final List<String> LATIN = List.of("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies",
			"novies", "decies");

	private static final Pattern WRITTEN = Pattern.compile("(\\d{1,3})[.\\-\\s\\u00A0\\u202F]*(\\p{Alpha}*)\\.?",
			Pattern.UNICODE_CHARACTER_CLASS);

	public ParagraphNumber {
		if (base < 1 || base > 999) {
			throw new IllegalArgumentException("paragraph number out of range: " + base);
		}
		if (ordinal < 1 || ordinal > LATIN.size() + 1) {
			throw new IllegalArgumentException("no Latin ordinal " + ordinal);
		}
	}

	public static ParagraphNumber of(int base) {
		return new ParagraphNumber(base, 1);
	}

	/** The number as written, or none when it is not a paragraph number. */
	public static Optional<ParagraphNumber> parse(String written) {
		Matcher matcher = WRITTEN.matcher(written.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int base = Integer.parseInt(matcher.group(1));
		String suffix = matcher.group(2).toLowerCase(Locale.ROOT);
		if (base < 1) {
			return Optional.empty();
		}
		if (suffix.isEmpty()) {
			return Optional.of(of(base));
		}
		int index = LATIN.indexOf("nonies".equals(suffix) ? "novies" : suffix);
		return index < 0 ? Optional.empty() : Optional.of(new ParagraphNumber(base, index + 2));
	}

	/** The number as the Secretariat's documents write it: "6" or "6.bis". */
	@Override
	public String toString() {
		return this.ordinal == 1 ? Integer.toString(this.base) : this.base + "." + LATIN.get(this.ordinal - 2);
	}

	/** The number in an address, without separators (as Akoma Ntoso ids): "6bis". */
	public String slug() {
		return this.ordinal == 1 ? Integer.toString(this.base) : this.base + LATIN.get(this.ordinal - 2);
	}

	@Override
	public int compareTo(ParagraphNumber other) {
		int byBase = Integer.compare(this.base, other.base);
		return byBase != 0 ? byBase : Integer.compare(this.ordinal, other.ordinal);
	}

}
