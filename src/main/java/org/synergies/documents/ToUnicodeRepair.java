package org.synergies.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jspecify.annotations.Nullable;

/**
 * Makes a PDF's text layer give back the characters that were drawn.
 * <p>
 * When PDFBox embeds a subset of a TrueType font it writes the font's ToUnicode map
 * (glyph to character: what copying, searching and text extraction read) from the font's
 * cmap and, where several characters share one glyph, keeps the lowest. Noto Sans SC
 * draws 鸟 (U+9E1F) and the radical ⻦ (U+2EE6), 一 (U+4E00) and the Kangxi radical ⼀
 * (U+2F00) each with one glyph, so 鸟 and 一 came out of the PDF as radicals. For a glyph
 * whose mapped character is not in the document's text, this looks up the other
 * characters the original font draws with that glyph and maps it to the one the text has.
 * A font's cmap is read once, and only when one of its glyphs needs it.
 */
final class ToUnicodeRepair {

	private static final int BFCHAR_BLOCK = 100;

	private final Map<String, Supplier<InputStream>> fonts;

	private final Map<String, CmapLookup> cmaps = new ConcurrentHashMap<>();

	/**
	 * @param fonts the original fonts, by PostScript name (the embedded subsets' name
	 * without the {@code ABCDEF+} prefix)
	 */
	public ToUnicodeRepair(Map<String, Supplier<InputStream>> fonts) {
		this.fonts = Map.copyOf(fonts);
	}

	/**
	 * The PDF with its fonts' ToUnicode maps repaired, or the same bytes when none needed
	 * it.
	 * @param pdf a PDF
	 * @param text text containing every character drawn in the PDF (its source HTML)
	 */
	public byte[] repair(byte[] pdf, String text) throws IOException {
		Set<Integer> characters = text.codePoints().boxed().collect(Collectors.toSet());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Set<COSBase> seen = new HashSet<>();
			boolean changed = false;
			for (PDPage page : document.getPages()) {
				changed |= repair(document, page.getResources(), characters, seen);
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
	}

	private boolean repair(PDDocument document, @Nullable PDResources resources, Set<Integer> characters,
			Set<COSBase> seen) throws IOException {
		if (resources == null || !seen.add(resources.getCOSObject())) {
			return false;
		}
		boolean changed = false;
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 descendant
					&& seen.add(type0.getCOSObject())) {
				changed |= repair(document, type0, descendant, characters);
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				changed |= repair(document, form.getResources(), characters, seen);
			}
		}
		return changed;
	}

	private boolean repair(PDDocument document, PDType0Font font, PDCIDFontType2 descendant, Set<Integer> characters)
			throws IOException {
		String name = font.getName();
		Supplier<InputStream> original = (name != null) ? this.fonts.get(name.substring(name.indexOf('+') + 1)) : null;
		if (original == null
				|| !(descendant.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map)) {
			return false;
		}
		byte[] cidToGid;
		try (InputStream in = map.createInputStream()) {
			cidToGid = in.readAllBytes();
		}
		Map<Integer, String> unicode = new TreeMap<>();
		boolean changed = false;
		for (int cid = 0; cid < cidToGid.length / 2; cid++) {
			if (cidToGid[2 * cid] == 0 && cidToGid[2 * cid + 1] == 0) {
				continue;
			}
			// the subset's CIDs are the original font's glyph ids
			String current = font.toUnicode(cid);
			String chosen = current;
			if (current == null || !characters.containsAll(current.codePoints().boxed().toList())) {
				List<Integer> candidates = cmap(name, original).getCharCodes(cid);
				if (candidates != null) {
					chosen = candidates.stream()
						.filter(characters::contains)
						.findFirst()
						.map(Character::toString)
						.orElse(current);
				}
			}
			if (chosen != null) {
				chosen = lettersOfPresentationForms(chosen);
				unicode.put(cid, chosen);
				changed |= !chosen.equals(current);
			}
		}
		if (changed) {
			PDStream stream = new PDStream(document, new ByteArrayInputStream(toUnicodeCMap(unicode)),
					COSName.FLATE_DECODE);
			font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
		}
		return changed;
	}

	private static String lettersOfPresentationForms(String text) {
		if (text.codePoints().noneMatch(ToUnicodeRepair::isArabicPresentationForm)) {
			return text;
		}
		StringBuilder letters = new StringBuilder();
		text.codePoints()
			.forEach((c) -> letters.append(isArabicPresentationForm(c)
					? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC).strip()
					: Character.toString(c)));
		return letters.toString();
	}

	private static boolean isArabicPresentationForm(int c) {
		return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
	}

	private CmapLookup cmap(String name, Supplier<InputStream> original) {
		return this.cmaps.computeIfAbsent(name, (key) -> {
			try (InputStream in = original.get();
					TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
				return font.getUnicodeCmapLookup(false);
			}
			catch (IOException exception) {
				throw new UncheckedIOException("Cannot read the cmap of font " + name, exception);
			}
		});
	}

	private static byte[] toUnicodeCMap(Map<Integer, String> unicode) {
		StringBuilder cmap = new StringBuilder();
		cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		List<Map.Entry<Integer, String>> entries = List.copyOf(unicode.entrySet());
		for (int start = 0; start < entries.size(); start += BFCHAR_BLOCK) {
			List<Map.Entry<Integer, String>> block = entries.subList(start,
					Math.min(start + BFCHAR_BLOCK, entries.size()));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, String> entry : block) {
				cmap.append('<').append(String.format("%04X", entry.getKey())).append("> <");
				for (char c : Objects.requireNonNull(entry.getValue()).toCharArray()) {
					cmap.append(String.format("%04X", (int) c));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return cmap.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
