package org.synergies.compilations.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.synergies.documents.DocumentRenderer;
import org.synergies.shared.Language;

/**
 * Writes the compiled document as HTML and as PDF (fonts embedded) through the document
 * template {@code documents/reporting-compilation.html}.
 */
@Component
class RenderedCompilation {

	private static final String TEMPLATE = "reporting-compilation";

	private final DocumentRenderer renderer;

	RenderedCompilation(DocumentRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] pdf(CompilationDocument document, Language language) {
		return this.renderer.pdf(TEMPLATE, language, Map.of("document", document));
	}

	byte[] html(CompilationDocument document, Language language) {
		return this.renderer.html(TEMPLATE, language, Map.of("document", document)).getBytes(StandardCharsets.UTF_8);
	}

}
