package org.synergies.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Service;
import org.synergies.shared.Language;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a document template ({@code templates/documents/<name>.html}, XHTML) in a
 * language, as HTML or as PDF.
 * <p>
 * The PDF embeds subsets of the fonts it uses, all read from jars on the classpath:
 * DejaVu Sans and Serif, which the templates name (Latin, Greek, Cyrillic, and in DejaVu
 * Sans Arabic and Hebrew), then, for any character those lack, the fallbacks in order:
 * Noto Sans SC (Chinese, Japanese kana) and Kurinto Sans (Arabic, Hebrew, Indic scripts,
 * Thai, Ethiopic, kana, pictographic emoji). A fallback font is read only when a document
 * draws one of its characters. Right-to-left runs are reordered and Arabic is shaped
 * (ICU4J); the text layer gives back the characters drawn ({@link ToUnicodeRepair}).
 * Korean (Hangul) and the emoji Kurinto Sans lacks come from Debian's {@code fonts-nanum}
 * and {@code fonts-symbola} when they are installed, and are drawn as {@code #}
 * otherwise.
 */
@Service
public class DocumentRenderer {

	/**
	 * A font named by the templates' CSS.
	 */
	private static final Set<FSFontUseCase> NAMED = EnumSet.of(FSFontUseCase.DOCUMENT);

	/**
	 * A font tried, in order, for a character that the fonts named by the CSS lack.
	 */
	private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.FALLBACK_FINAL);

	private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

	private static final String NOTO_SANS_SC = "/fonts/ttf/NotoSansSC/";

	private static final String KURINTO = "/fonts/ttf/Kurinto/";

	/**
	 * A font file: a classpath resource, or (starting with {@code file:}) a file of the
	 * operating system.
	 */
	record Font(String resource, String family, int weight, FontStyle style, Set<FSFontUseCase> usedFor,
			String postScriptName) {

		/** A font whose PostScript name is its file's name. */
		Font(String resource, String family, int weight, FontStyle style, Set<FSFontUseCase> usedFor) {
			this(resource, family, weight, style, usedFor,
					resource.substring(resource.lastIndexOf('/') + 1, resource.lastIndexOf('.')));
		}

		boolean isAvailable() {
			return !this.resource.startsWith("file:") || Files.isReadable(Path.of(this.resource.substring(5)));
		}

	}

	/**
	 * Fonts of Debian packages, used as last fallbacks when installed (not on Maven
	 * Central): Korean from {@code fonts-nanum}, the emoji Kurinto Sans lacks (faces,
	 * transport) from {@code fonts-symbola}.
	 */
	static final List<Font> SYSTEM_FALLBACKS = List.of(
			new Font("file:/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "NanumGothic", 400, FontStyle.NORMAL,
					EnumSet.of(FSFontUseCase.FALLBACK_FINAL)),
			new Font("file:/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf", "NanumGothic", 700, FontStyle.NORMAL,
					EnumSet.of(FSFontUseCase.FALLBACK_FINAL)),
			new Font("file:/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", "Symbola", 400,
					FontStyle.NORMAL, EnumSet.of(FSFontUseCase.FALLBACK_FINAL), "Symbola"));

	/**
	 * The fonts; the fallbacks in the order they are tried, the operating system's last.
	 */
	static final List<Font> FONTS = Stream.concat(
			Stream.of(new Font(DEJAVU + "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL, NAMED),
					new Font(DEJAVU + "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL, NAMED),
					new Font(DEJAVU + "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC, NAMED),
					new Font(DEJAVU + "DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL, NAMED),
					new Font(DEJAVU + "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL, NAMED),
					new Font(NOTO_SANS_SC + "NotoSansSC-Regular.ttf", "Noto Sans SC", 400, FontStyle.NORMAL, FALLBACK),
					new Font(NOTO_SANS_SC + "NotoSansSC-Bold.ttf", "Noto Sans SC", 700, FontStyle.NORMAL, FALLBACK),
					new Font(KURINTO + "KurintoSans-Rg.ttf", "Kurinto Sans", 400, FontStyle.NORMAL, FALLBACK),
					new Font(KURINTO + "KurintoSans-Bd.ttf", "Kurinto Sans", 700, FontStyle.NORMAL, FALLBACK)),
			SYSTEM_FALLBACKS.stream().filter(Font::isAvailable))
		.toList();

	private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	private final FSDefaultCacheStore fontMetrics = fallbackFontMetrics();

	private final ToUnicodeRepair toUnicode = new ToUnicodeRepair(
			FONTS.stream().collect(Collectors.toMap(Font::postScriptName, (font) -> () -> open(font.resource()))));

	static {
		XRLog.setLoggerImpl(new Slf4jRendererLog());
	}

	DocumentRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public String html(String template, Language language, Map<String, Object> model) {
		return this.templates.process("documents/" + template, new Context(language.locale(), model));
	}

	public byte[] pdf(String template, Language language, Map<String, Object> model) {
		String html = html(template, language, model);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useCacheStore(CacheStore.PDF_FONT_METRICS, this.fontMetrics);
			for (Font font : FONTS) {
				builder.useFont(() -> open(font.resource()), font.family(), font.weight(), font.style(), true,
						font.usedFor());
			}
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.useUnicodeLineBreaker(new ElisionAwareLineBreaker());
			builder.defaultTextDirection(TextDirection.LTR);
			builder.withHtmlContent(html, "/");
			builder.toStream(out);
			builder.run();
			return this.toUnicode.repair(out.toByteArray(), html);
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot render " + template + " as PDF", exception);
		}
	}

	/**
	 * The renderer's cache of font metrics, holding metrics for the fallback fonts that
	 * never win. The renderer lays a line out with the largest ascent and descent of all
	 * the fonts that may draw it, fallbacks included, and takes them from the font's
	 * bounding box: Noto Sans SC's and Kurinto Sans's would make every line taller and
	 * move every baseline, in documents without a single character of theirs, and getting
	 * them would parse those fonts for every document. Lines drawn with a fallback font
	 * are laid out with the metrics of the fonts the CSS names. (The key is the one
	 * {@code PdfBoxFontResolver.FontDescription} looks up in openhtmltopdf 1.1.31; should
	 * it change, the fallbacks' own metrics are used again, which {@code UnicodePdfTests}
	 * notices.)
	 */
	private static FSDefaultCacheStore fallbackFontMetrics() {
		FSDefaultCacheStore metrics = new FSDefaultCacheStore();
		PdfBoxRawPDFontMetrics never = new PdfBoxRawPDFontMetrics(0, 0, Float.NEGATIVE_INFINITY,
				Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY);
		for (Font font : FONTS) {
			if (font.usedFor().equals(FALLBACK)) {
				metrics.put("font-metrics:" + font.family() + ":" + font.weight() + ":"
						+ font.style().name().toLowerCase(Locale.ROOT), never);
			}
		}
		return metrics;
	}

	/**
	 * A font file, read from its jar the first time a document uses it and then kept in
	 * memory (34 MB for all of them): inflating Noto Sans SC from its jar took longer
	 * than the rest of rendering a document.
	 */
	private static InputStream open(String resource) {
		return new ByteArrayInputStream(FONT_FILES.computeIfAbsent(resource, (name) -> {
			try (InputStream in = name.startsWith("file:") ? Files.newInputStream(Path.of(name.substring(5)))
					: DocumentRenderer.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("Font " + name + " is missing from the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException exception) {
				throw new UncheckedIOException("Cannot read font " + name, exception);
			}
		}));
	}

}
