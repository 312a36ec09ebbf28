package org.synergies.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.synergies.shared.Language;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text typed by users in any script comes out of a generated PDF as it went in: drawn
 * with real glyphs from fonts embedded in the PDF, and given back by text extraction.
 */
class UnicodePdfTests {

	static final String LATIN = "Ærø Société Ñandú";

	static final String ARABIC = "مرحبا بالعالم";

	static final String CJK = "候鸟保护 渡り鳥";

	static final String KOREAN = "한국어";

	static final String EMOJI = "🐦🦋🐢";

	/** Emoji Kurinto Sans lacks: Debian's fonts-symbola draws them. */
	static final String MORE_EMOJI = "😀🚀";

	/**
	 * Whether Debian's fonts-nanum and fonts-symbola are installed (CI installs them; a
	 * developer's machine may not have them).
	 */
	static final boolean SYSTEM_FONTS = "true".equalsIgnoreCase(System.getenv("CI"))
			|| DocumentRenderer.FONTS.stream().anyMatch((font) -> font.family().equals("NanumGothic"));

	private final DocumentRenderer renderer = new DocumentRenderer(templates());

	@Test
	void textInAnyScriptIsDrawnWithEmbeddedFontsAndComesBack() throws IOException {
		byte[] pdf = render(List.of(LATIN, ARABIC, CJK, KOREAN, EMOJI + MORE_EMOJI), LATIN + " " + CJK);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).as("fonts are embedded").allMatch(PDFont::isEmbedded);
			assertThat(fonts).extracting(PDFont::getName)
				.map((name) -> name.substring(name.indexOf('+') + 1))
				.contains("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans", "NotoSansSC-Regular", "NotoSansSC-Bold",
						"KurintoSans-Rg");

			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(LATIN, CJK, LATIN + " " + CJK);
			assertThat(text.codePoints().boxed()).as("emoji")
				.contains(EMOJI.codePoints().boxed().toArray(Integer[]::new));
			// Arabic is drawn shaped (a glyph for each contextual form of a letter) and
			// right to left; the text layer maps the glyphs back to the letters, which
			// extraction puts back in reading order
			assertThat(text).contains(ARABIC);
			assertThat(glyphCodes(document, ARABIC.codePointAt(0))).as("glyphs of م (initial, final) by font")
				.isNotEmpty()
				.allSatisfy((font, glyphs) -> assertThat(glyphs).hasSize(2));
			if (SYSTEM_FONTS) {
				assertThat(text).contains(KOREAN);
				assertThat(text.codePoints().boxed()).as("more emoji")
					.contains(MORE_EMOJI.codePoints().boxed().toArray(Integer[]::new));
			}
			else {
				// no font on Maven Central covers Hangul: without fonts-nanum the PDF
				// shows #
				assertThat(text).doesNotContain(KOREAN).contains("###");
			}

			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
			ImageIO.write(page, "png", Path.of(System.getProperty("java.io.tmpdir"), "unicode-proof.png").toFile());
		}
	}

	@Test
	void hanCharactersSharingTheirGlyphWithARadicalComeBackAsThemselves() throws IOException {
		// Noto Sans SC draws 一 and the Kangxi radical ⼀ (U+2F00) with one glyph, 鸟
		// and the radical ⻦ (U+2EE6) too; PDFBox alone maps each glyph to the radical
		String common = "一人大口山水日月 鸟鳥";

		try (PDDocument document = Loader.loadPDF(render(List.of(common), ""))) {
			assertThat(new PDFTextStripper().getText(document)).contains(common);
		}
	}

	@Test
	void aLatinDocumentIsLaidOutAndEmbedsFontsAsWithoutTheFallbacks() throws IOException {
		Map<String, Object> model = Map.of("samples", List.of(LATIN + " — a line long enough to wrap, " + LATIN),
				"bold", LATIN);
		byte[] withFallbacks = this.renderer.pdf("unicode-proof", Language.EN, model);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		DocumentRenderer.FONTS.stream()
			.filter((font) -> !font.usedFor().contains(FSFontUseCase.FALLBACK_FINAL))
			.forEach((font) -> builder.useFont(() -> getClass().getResourceAsStream(font.resource()), font.family(),
					font.weight(), font.style(), true));
		builder.withHtmlContent(this.renderer.html("unicode-proof", Language.EN, model), "/");
		ByteArrayOutputStream withoutFallbacks = new ByteArrayOutputStream();
		builder.toStream(withoutFallbacks);
		builder.run();

		try (PDDocument document = Loader.loadPDF(withFallbacks);
				PDDocument expected = Loader.loadPDF(withoutFallbacks.toByteArray())) {
			assertThat(fonts(document)).extracting(PDFont::getName)
				.map((name) -> name.substring(name.indexOf('+') + 1))
				.containsExactlyInAnyOrder("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans");
			assertThat(glyphs(document)).isEqualTo(glyphs(expected));
		}
	}

	private byte[] render(List<String> samples, String bold) {
		return this.renderer.pdf("unicode-proof", Language.EN, Map.of("samples", samples, "bold", bold));
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	/**
	 * Each glyph drawn, with where.
	 */
	private static List<String> glyphs(PDDocument document) throws IOException {
		List<String> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				glyphs.add(text.getUnicode() + "@" + text.getX() + "," + text.getY() + "," + text.getFontSize());
			}

		};
		stripper.getText(document);
		return glyphs;
	}

	/**
	 * The codes of the glyphs that the text layer maps to the given character, by font.
	 */
	private static Map<String, Set<List<Integer>>> glyphCodes(PDDocument document, int character) throws IOException {
		Map<String, Set<List<Integer>>> codes = new HashMap<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				if (text.getUnicode().codePoints().allMatch((c) -> c == character)) {
					codes.computeIfAbsent(text.getFont().getName(), (font) -> new HashSet<>())
						.add(Arrays.stream(text.getCharacterCodes()).boxed().toList());
				}
			}

		};
		stripper.getText(document);
		return codes;
	}

	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
