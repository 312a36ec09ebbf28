package org.synergies.mandates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.springframework.web.util.HtmlUtils;
import org.synergies.mandates.TextChange.Kind;

/**
 * The changes between two versions of a paragraph, word by word, as the United Nations
 * show proposed amendments: new text underlined, deleted text struck through.
 * <p>
 * Words are compared whole (a word changed by one letter is struck and rewritten, as a
 * reader of the annex expects), each with the spaces before it, so that the spaces inside
 * a changed passage go with it ("Se félicite de" struck as one piece, an inserted clause
 * underlined with the space that opens it) and both versions read back exactly as
 * written; punctuation marks are words of their own, and the no-break space French puts
 * before a colon or inside guillemets stays with its mark, never turned into an ordinary
 * space.
 */
public final class TrackedChanges {

	/**
	 * A word (letters, digits, apostrophes and hyphens inside it: "l'examen",
	 * "non-Parties", "2015-2023", "11.10") or any other single character, with the spaces
	 * before it (no-break spaces included); or the spaces a text ends with.
	 */
	private static final Pattern TOKEN = Pattern.compile(
			"[\\s\\u00A0\\u202F]*(?:[\\p{L}\\p{N}\\p{M}]+(?:['’\\-./][\\p{L}\\p{N}\\p{M}]+)*|[^\\s\\u00A0\\u202F])|[\\s\\u00A0\\u202F]+",
			Pattern.UNICODE_CHARACTER_CLASS);

	private TrackedChanges() {
	}

	/** The changes from {@code before} to {@code after}, pieces in reading order. */
	public static List<TextChange> between(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		List<TextChange> changes = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int at = delta.getSource().getPosition();
			add(changes, Kind.KEPT, from.subList(position, at));
			add(changes, Kind.DELETED, delta.getSource().getLines());
			add(changes, Kind.INSERTED, delta.getTarget().getLines());
			position = at + delta.getSource().size();
		}
		add(changes, Kind.KEPT, from.subList(position, from.size()));
		return grouped(changes);
	}

	/**
	 * The changes in HTML: {@code <del>} and {@code <ins>}, which browsers strike and
	 * underline and screen readers announce; the rest escaped.
	 */
	public static String html(List<TextChange> changes) {
		StringBuilder html = new StringBuilder();
		for (TextChange change : changes) {
			String text = HtmlUtils.htmlEscape(change.text(), "UTF-8");
			switch (change.kind()) {
				case KEPT -> html.append(text);
				case INSERTED -> html.append("<ins>").append(text).append("</ins>");
				case DELETED -> html.append("<del>").append(text).append("</del>");
			}
		}
		return html.toString();
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<TextChange> changes, Kind kind, List<String> tokens) {
		if (!tokens.isEmpty()) {
			changes.add(new TextChange(kind, String.join("", tokens)));
		}
	}

	/**
	 * One deletion then one insertion for every passage changed between two kept ones.
	 */
	private static List<TextChange> grouped(List<TextChange> pieces) {
		List<TextChange> result = new ArrayList<>();
		StringBuilder deleted = new StringBuilder();
		StringBuilder inserted = new StringBuilder();
		for (TextChange piece : pieces) {
			switch (piece.kind()) {
				case KEPT -> {
					flush(result, deleted, inserted);
					result.add(piece);
				}
				case DELETED -> deleted.append(piece.text());
				case INSERTED -> inserted.append(piece.text());
			}
		}
		flush(result, deleted, inserted);
		return result;
	}

	private static void flush(List<TextChange> result, StringBuilder deleted, StringBuilder inserted) {
		if (deleted.length() > 0) {
			result.add(new TextChange(Kind.DELETED, deleted.toString()));
			deleted.setLength(0);
		}
		if (inserted.length() > 0) {
			result.add(new TextChange(Kind.INSERTED, inserted.toString()));
			inserted.setLength(0);
		}
	}

}
