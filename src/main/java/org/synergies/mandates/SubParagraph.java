package org.synergies.mandates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A sub-paragraph of a paragraph: lettered as adopted ("a)", "(b)", "iv)") or a bullet
 * ("-", "•"), one per line of what the Secretariat enters.
 *
 * @param label the letter or numeral as written, without brackets ("a"); none for a
 * bullet
 */
public record SubParagraph(@Nullable String label, String text) {

	private static final Pattern LETTERED = Pattern.compile("\\(?([a-z]{1,2}|[ivx]{1,5})\\)\\s*(.+)");

	private static final Pattern BULLET = Pattern.compile("[-–•*]\\s*(.+)");

	/** The sub-paragraphs in entered text, one per non-blank line. */
	public static List<SubParagraph> parse(@Nullable String lines) {
		if (lines == null) {
			return List.of();
		}
		return lines.lines().map(String::strip).filter(line -> !line.isEmpty()).map(SubParagraph::line).toList();
	}

	/** Back to the text it was entered as. */
	public static String format(List<SubParagraph> subParagraphs) {
		return String.join("\n", subParagraphs.stream().map(SubParagraph::written).toList());
	}

	/** The label as printed: "a)". */
	public @Nullable String printedLabel() {
		return this.label == null ? null : this.label + ")";
	}

	private String written() {
		return this.label == null ? "- " + this.text : this.label + ") " + this.text;
	}

	private static SubParagraph line(String line) {
		Matcher lettered = LETTERED.matcher(line);
		if (lettered.matches()) {
			return new SubParagraph(lettered.group(1), lettered.group(2).strip());
		}
		Matcher bullet = BULLET.matcher(line);
		return new SubParagraph(null, bullet.matches() ? bullet.group(1).strip() : line);
	}

}
