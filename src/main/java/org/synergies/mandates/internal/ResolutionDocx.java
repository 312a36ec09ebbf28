package org.synergies.mandates.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.synergies.mandates.AnnexDetails;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

/**
 * Reads a resolution or decision from a DOCX in one language, as the Secretariat writes
 * them: heading lines (the symbol, the title), preambular paragraphs with their opening
 * words in italics ("Recalling", "Rappelant", "Recordando"), the line naming the
 * Conference, operative paragraphs numbered by hand ("5.", "6 bis.", "6.bis") or by Word,
 * lettered sub-paragraphs ("a)", "(b)") attached to the paragraph above, footnotes
 * attached to the paragraph that calls them, and annexes, whose headings are reported but
 * whose content is not read. Where the opening words are not in italics, the usual ones
 * of each language are recognised. A file without a numbered operative paragraph is not a
 * resolution and is refused.
 */
public final class ResolutionDocx {

	private static final Pattern NUMBERED = Pattern.compile(
			"^(\\d{1,3}(?:[.\\-\\s\\u00A0]*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)\\b)?)\\.?[\\s\\u00A0]+(\\S.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z]{1,2}|[ivx]{1,5})\\)[\\s\\u00A0]*(\\S.*)$",
			Pattern.DOTALL);

	private static final Pattern BULLET = Pattern.compile("^[-–•][\\s\\u00A0]*(\\S.*)$", Pattern.DOTALL);

	private static final Pattern SYMBOL = Pattern.compile(
			"^(resolution|résolution|resolución|decision|décision|decisión)\\s+\\d.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ANNEX = Pattern.compile("^(annex|annexe|anexo)(\\s+[\\dIVXivx]+)?\\s*[.:]?(\\s.*)?$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CONFERENCE = Pattern.compile(
			"^(the )?(conference of the parties|la conférence des parties|la conferencia de las partes)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NOT_TITLE = Pattern.compile(
			"^(adopted|adoptée|adoptada|unep/|pnue/|original|distr|as amended|telle qu|tal como|cms/).*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NOTE_MARK = Pattern.compile("\\[(foot|end)noteRef:\\d+]");

	/** The opening words usual in each language, for files that do not italicise them. */
	private static final Map<Language, List<String>> OPENING_WORDS = Map.of(Language.EN,
			List.of("Recalling", "Recalling also", "Recalling further", "Noting", "Noting also", "Noting with concern",
					"Acknowledging", "Recognizing", "Recognising", "Aware", "Aware also", "Conscious", "Welcoming",
					"Considering", "Emphasizing", "Stressing", "Bearing in mind", "Taking note", "Mindful",
					"Encourages", "Requests", "Invites", "Urges", "Decides", "Repeals", "Welcomes", "Notes",
					"Recognizes", "Instructs", "Calls upon", "Adopts", "Further encourages", "Also requests"),
			Language.FR,
			List.of("Rappelant", "Rappelant également", "Rappelant en outre", "Notant", "Notant également",
					"Notant avec préoccupation", "Reconnaissant", "Consciente", "Conscient", "Se félicitant",
					"Accueillant favorablement", "Considérant", "Soulignant", "Tenant compte", "Prenant note",
					"Encourage", "Encourage en outre", "Prie", "Demande", "Invite", "Exhorte", "Décide", "Abroge",
					"Se félicite", "Note", "Prend note", "Reconnaît", "Charge", "Adopte", "Engage"),
			Language.ES,
			List.of("Recordando", "Recordando también", "Recordando además", "Observando", "Tomando nota",
					"Observando con preocupación", "Reconociendo", "Consciente", "Acogiendo con satisfacción",
					"Considerando", "Destacando", "Subrayando", "Teniendo en cuenta", "Alienta", "Alienta además",
					"Pide", "Solicita", "Invita", "Insta", "Decide", "Deroga", "Acoge con satisfacción", "Toma nota",
					"Reconoce", "Encarga", "Adopta"));

	private ResolutionDocx() {
	}

	/**
	 * What a file holds.
	 *
	 * @param symbol the symbol line as written ("RÉSOLUTION 11.10 (Rév.COP12)"), if any
	 * @param title the title as written, if any
	 * @param annexes the annexes' headings, in order
	 * @param annexTexts the annexes in the file's language: the number of the heading (or
	 * its place), the title on the heading's line or the line after it, then the body;
	 * those without a body are left out
	 */
	public record Read(@Nullable String symbol, @Nullable String title, List<ParagraphDetails> paragraphs,
			List<String> annexes, List<AnnexDetails> annexTexts) {
	}

	/**
	 * Reads the file; refuses one that cannot be opened as a DOCX
	 * ({@code mandates.import.unreadable}) or has no numbered operative paragraph
	 * ({@code mandates.import.notResolution}).
	 */
	public static Read read(byte[] content, Language language) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			return new Reader(document, language).read();
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof RuleViolationException refused) {
				throw refused;
			}
			throw new RuleViolationException("mandates.import.unreadable");
		}
	}

	/** An annex being read: the first short line after a bare heading is its title. */
	private static final class AnnexDraft {

		private final String number;

		private @Nullable String title;

		private final boolean titled;

		private final StringBuilder body = new StringBuilder();

		AnnexDraft(String number, @Nullable String title) {
			this.number = number;
			this.title = title;
			this.titled = title != null;
		}

		void line(String text) {
			if (!this.titled && this.title == null && this.body.isEmpty() && text.length() < 200) {
				this.title = text;
				return;
			}
			this.body.append(text).append('\n');
		}

		/** A heading and a title alone are not an annex to save. */
		boolean hasBody() {
			return !this.body.isEmpty();
		}

		AnnexDetails details(Language language) {
			return AnnexDetails.in(language, this.number, this.title, this.body.toString().strip());
		}

	}

	/** One pass over the body's paragraphs. */
	private static final class Reader {

		private final XWPFDocument document;

		private final Language language;

		private final List<Draft> drafts = new ArrayList<>();

		private final List<String> annexes = new ArrayList<>();

		private final List<AnnexDraft> annexDrafts = new ArrayList<>();

		private final Map<BigInteger, Integer> listCounters = new HashMap<>();

		private @Nullable String symbol;

		private @Nullable String title;

		private @Nullable String styledTitle;

		private @Nullable Draft current;

		private int preambular;

		private int lettered;

		private boolean operativeSeen;

		Reader(XWPFDocument document, Language language) {
			this.document = document;
			this.language = language;
		}

		Read read() {
			for (IBodyElement element : this.document.getBodyElements()) {
				if (!(element instanceof XWPFParagraph paragraph)) {
					continue;
				}
				if (!this.annexes.isEmpty()) {
					String text = text(paragraph).text().strip();
					if (ANNEX.matcher(text).matches() && text.length() < 200) {
						annex(text);
					}
					else if (!text.isEmpty()) {
						this.annexDrafts.get(this.annexDrafts.size() - 1).line(text);
					}
					continue;
				}
				paragraph(paragraph);
			}
			if (!this.operativeSeen) {
				throw new RuleViolationException("mandates.import.notResolution");
			}
			return new Read(this.symbol, this.styledTitle != null ? this.styledTitle : this.title,
					this.drafts.stream().map(draft -> draft.details(this.language)).toList(), List.copyOf(this.annexes),
					this.annexDrafts.stream()
						.filter(AnnexDraft::hasBody)
						.map(annex -> annex.details(this.language))
						.toList());
		}

		/** An annex's heading: "Annexe", "Annex 2", "ANNEX I: GUIDELINES". */
		private void annex(String heading) {
			this.annexes.add(heading);
			java.util.regex.Matcher matcher = ANNEX.matcher(heading);
			matcher.matches();
			String number = matcher.group(2) == null ? String.valueOf(this.annexDrafts.size() + 1)
					: matcher.group(2).strip();
			String title = matcher.group(3) == null || matcher.group(3).isBlank() ? null : matcher.group(3).strip();
			this.annexDrafts.add(new AnnexDraft(number, title));
		}

		private void paragraph(XWPFParagraph paragraph) {
			Marked marked = text(paragraph);
			String text = marked.text().strip();
			if (text.isEmpty()) {
				return;
			}
			String format = paragraph.getNumID() == null ? null : paragraph.getNumFmt();
			if (ANNEX.matcher(text).matches() && text.length() < 200) {
				annex(text);
				return;
			}
			// a paragraph Word numbers
			if ("decimal".equals(format)) {
				int number = this.listCounters.merge(paragraph.getNumID(), 1, Integer::sum);
				BigInteger start = paragraph.getNumStartOverride();
				operative(ParagraphNumber.of(number + (start == null ? 0 : start.intValue() - 1)), marked, 0, text);
				return;
			}
			if ("bullet".equals(format) && this.current != null) {
				this.current.subParagraphs.append("- ").append(text).append('\n');
				this.current.footnotes.addAll(marked.footnotes());
				return;
			}
			if (format != null && (format.startsWith("lower") || format.startsWith("upper")) && this.current != null) {
				String label = format.endsWith("Roman") ? roman(++this.lettered)
						: String.valueOf((char) ('a' + this.lettered++ % 26));
				this.current.subParagraphs.append(label).append(") ").append(text).append('\n');
				this.current.footnotes.addAll(marked.footnotes());
				return;
			}
			Matcher numbered = NUMBERED.matcher(text);
			if (numbered.matches()) {
				Optional<ParagraphNumber> number = ParagraphNumber.parse(numbered.group(1));
				if (number.isPresent()) {
					operative(number.get(), marked, marked.text().indexOf(numbered.group(2)), numbered.group(2));
					return;
				}
			}
			Matcher lettered = LETTERED.matcher(text);
			if (lettered.matches() && this.current != null) {
				this.current.subParagraphs.append(lettered.group(1))
					.append(") ")
					.append(lettered.group(2).strip())
					.append('\n');
				this.current.footnotes.addAll(marked.footnotes());
				return;
			}
			Matcher bullet = BULLET.matcher(text);
			if (bullet.matches() && this.current != null) {
				this.current.subParagraphs.append("- ").append(bullet.group(1).strip()).append('\n');
				this.current.footnotes.addAll(marked.footnotes());
				return;
			}
			if (this.operativeSeen) {
				// text between operative paragraphs without a number: kept as its own
				// paragraph so that the preview shows it, refused there
				Draft stray = new Draft(ParagraphKind.OPERATIVE, "", null, text);
				stray.footnotes.addAll(marked.footnotes());
				this.drafts.add(stray);
				return;
			}
			if (CONFERENCE.matcher(text).matches() && !text.endsWith(",")) {
				return;
			}
			String opening = openingWords(marked, 0, text);
			boolean recital = opening != null || text.endsWith(",") || this.preambular > 0;
			if (!recital) {
				heading(paragraph, text);
				return;
			}
			this.current = new Draft(ParagraphKind.PREAMBULAR, Integer.toString(++this.preambular), opening,
					rest(text, opening));
			this.current.footnotes.addAll(marked.footnotes());
			this.lettered = 0;
			this.drafts.add(this.current);
		}

		private void operative(ParagraphNumber number, Marked marked, int from, String text) {
			this.operativeSeen = true;
			String opening = openingWords(marked, Math.max(from, 0), text);
			this.current = new Draft(ParagraphKind.OPERATIVE, number.toString(), opening, rest(text, opening));
			this.current.footnotes.addAll(marked.footnotes());
			this.lettered = 0;
			this.drafts.add(this.current);
		}

		private void heading(XWPFParagraph paragraph, String text) {
			if (SYMBOL.matcher(text).matches() && this.symbol == null) {
				this.symbol = text;
				return;
			}
			String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
			if ((style.startsWith("title") || style.startsWith("heading1") || style.equals("titre"))
					&& this.styledTitle == null) {
				this.styledTitle = text;
			}
			else if (this.title == null && !NOT_TITLE.matcher(text).matches()) {
				this.title = text;
			}
		}

		/**
		 * The words set apart at the start of {@code text} (which begins at {@code from}
		 * in the paragraph): the italic run there, unless the whole paragraph is italic;
		 * else the usual opening words of the language.
		 */
		private @Nullable String openingWords(Marked marked, int from, String text) {
			String whole = marked.text();
			int start = from;
			while (start < whole.length() && Character.isWhitespace(whole.charAt(start))) {
				start++;
			}
			int end = start;
			while (end < whole.length() && marked.italic()[end]) {
				end++;
			}
			String italic = whole.substring(start, end).strip();
			if (!italic.isEmpty() && italic.length() < text.strip().length()) {
				return italic.replaceAll("[,:]$", "").strip();
			}
			return OPENING_WORDS.getOrDefault(this.language, List.of())
				.stream()
				.filter(words -> text.startsWith(words + " ") || text.startsWith(words + ","))
				.max((a, b) -> Integer.compare(a.length(), b.length()))
				.orElse(null);
		}

		private static String rest(String text, @Nullable String opening) {
			if (opening == null || !text.startsWith(opening)) {
				return text.strip();
			}
			String rest = text.substring(opening.length()).strip();
			return rest.startsWith(",") ? rest.substring(1).strip() : rest;
		}

		/**
		 * The paragraph's text, which characters are in italics, and the footnotes it
		 * calls.
		 */
		private Marked text(XWPFParagraph paragraph) {
			StringBuilder text = new StringBuilder();
			List<Boolean> italic = new ArrayList<>();
			List<String> footnotes = new ArrayList<>();
			for (XWPFRun run : paragraph.getRuns()) {
				String piece = NOTE_MARK.matcher(run.text()).replaceAll("");
				boolean inItalics = run.isItalic();
				text.append(piece);
				for (int i = 0; i < piece.length(); i++) {
					italic.add(inItalics);
				}
				for (CTFtnEdnRef reference : run.getCTR().getFootnoteReferenceList()) {
					XWPFFootnote note = this.document.getFootnoteByID(reference.getId().intValue());
					if (note != null) {
						String noted = String.join(" ",
								note.getParagraphs()
									.stream()
									.map(p -> NOTE_MARK.matcher(p.getText()).replaceAll("").strip())
									.filter(line -> !line.isEmpty())
									.toList());
						if (!noted.isEmpty()) {
							footnotes.add(noted);
						}
					}
				}
			}
			boolean[] flags = new boolean[italic.size()];
			for (int i = 0; i < flags.length; i++) {
				flags[i] = italic.get(i);
			}
			return new Marked(text.toString().replace('\u000B', ' '), flags, footnotes);
		}

		private static String roman(int number) {
			String[] numerals = { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii" };
			return number < numerals.length ? numerals[number] : Integer.toString(number);
		}

	}

	private record Marked(String text, boolean[] italic, List<String> footnotes) {
	}

	/** A paragraph being read, until the next one starts. */
	private static final class Draft {

		private final ParagraphKind kind;

		private final String number;

		private final @Nullable String openingWords;

		private final String text;

		private final StringBuilder subParagraphs = new StringBuilder();

		private final List<String> footnotes = new ArrayList<>();

		Draft(ParagraphKind kind, String number, @Nullable String openingWords, String text) {
			this.kind = kind;
			this.number = number;
			this.openingWords = openingWords;
			this.text = text;
		}

		ParagraphDetails details(Language language) {
			return new ParagraphDetails(language, this.kind, this.number, this.openingWords, this.text,
					this.subParagraphs.isEmpty() ? null : this.subParagraphs.toString().strip(),
					this.footnotes.isEmpty() ? null : String.join("\n", this.footnotes));
		}

	}

}
