package org.synergies.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Service;
import org.synergies.documents.internal.Slf4jRendererLog;
import org.synergies.shared.Language;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a document template ({@code templates/documents/<name>.html}, XHTML) in a
 * language, as HTML or as PDF. The PDF embeds DejaVu Sans and Serif, which cover Latin,
 * Greek, Cyrillic, Arabic and Hebrew scripts.
 */
@Service
public class DocumentRenderer {

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private record Font(String file, String family, int weight, FontStyle style) {
	}

	private static final List<Font> EMBEDDED = List.of(new Font("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
			new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
			new Font("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
			new Font("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
			new Font("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL));

	private final ITemplateEngine templates;

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
			for (Font font : EMBEDDED) {
				builder.useFont(() -> open(font.file()), font.family(), font.weight(), font.style(), true);
			}
			builder.withHtmlContent(html, "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot render " + template + " as PDF", exception);
		}
	}

	private static InputStream open(String file) {
		InputStream in = DocumentRenderer.class.getResourceAsStream(FONTS + file);
		if (in == null) {
			throw new IllegalStateException("Font " + file + " is missing from the classpath");
		}
		return in;
	}

}
