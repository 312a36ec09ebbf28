package org.synergies.compilations.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.CompilationFormat;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;

/**
 * Writes a compilation in each format: DOCX, PDF and HTML from one document model, the
 * underlying data as XLSX and CSV.
 */
@Component
public class CompilationWriters {

	private final DocumentModels models;

	private final SpreadsheetCompilation spreadsheets;

	private final RenderedCompilation rendered;

	private final CodeNames names;

	CompilationWriters(DocumentModels models, SpreadsheetCompilation spreadsheets, RenderedCompilation rendered,
			CodeNames names) {
		this.models = models;
		this.spreadsheets = spreadsheets;
		this.rendered = rendered;
		this.names = names;
	}

	public byte[] write(Compilation compilation, String symbol, Language language, Language original,
			CompilationFormat format) {
		String checked = requireSymbol(symbol);
		return switch (format) {
			case DOCX ->
				DocxCompilation.write(this.models.model(compilation, checked, language, original), language.locale());
			case PDF -> this.rendered.pdf(this.models.model(compilation, checked, language, original), language);
			case HTML -> this.rendered.html(this.models.model(compilation, checked, language, original), language);
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
