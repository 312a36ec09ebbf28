package org.synergies.compilations.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.CompilationFormat;
import org.synergies.documents.DocumentRenderer;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;

/**
 * Writes a compilation in each format: DOCX, PDF and HTML from one document model, the
 * underlying data as XLSX and CSV.
 */
@Component
public class CompilationWriters {

	/** The document template, rendered to HTML and PDF. */
	private static final String TEMPLATE = "reporting-compilation";

	private final DocumentModels models;

	private final SpreadsheetCompilation spreadsheets;

	private final DocumentRenderer renderer;

	private final CodeNames names;

	CompilationWriters(DocumentModels models, SpreadsheetCompilation spreadsheets, DocumentRenderer renderer,
			CodeNames names) {
		this.models = models;
		this.spreadsheets = spreadsheets;
		this.renderer = renderer;
		this.names = names;
	}

	public byte[] write(Compilation compilation, String symbol, Language language, CompilationFormat format) {
		String checked = requireSymbol(symbol);
		return switch (format) {
			case DOCX -> DocxCompilation.write(this.models.model(compilation, checked, language));
			case PDF -> this.renderer.pdf(TEMPLATE, language,
					Map.of("document", this.models.model(compilation, checked, language)));
			case HTML -> this.renderer
				.html(TEMPLATE, language, Map.of("document", this.models.model(compilation, checked, language)))
				.getBytes(StandardCharsets.UTF_8);
			case XLSX -> this.spreadsheets.xlsx(compilation, language.locale());
			case CSV -> this.spreadsheets.csv(compilation);
		};
	}

	/**
	 * Checks at once what would stop the document from being written: the symbol, and
	 * whatever the model needs (the meeting of the cycle).
	 */
	public void check(Compilation compilation, String symbol, Language language) {
		this.models.model(compilation, requireSymbol(symbol), language);
	}

	public String codeName(Dimension dimension, String code, Locale locale) {
		return this.names.codeName(dimension, code, locale);
	}

	private static String requireSymbol(@Nullable String symbol) {
		if (symbol == null || symbol.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.required")));
		}
		if (symbol.strip().length() > 100) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.too-long-n", 100)));
		}
		return symbol.strip();
	}

}
