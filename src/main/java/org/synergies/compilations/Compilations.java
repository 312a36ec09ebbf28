package org.synergies.compilations;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.internal.CompilationWriters;
import org.synergies.compilations.internal.FiguresCalculation;
import org.synergies.shared.Language;

/**
 * The figures of a cycle's accepted reports and the compiled information document written
 * from them. Compiling refuses an unknown instrument and a currency without a rate.
 */
@Service
public class Compilations {

	private final FiguresCalculation figures;

	private final CompilationWriters writers;

	Compilations(FiguresCalculation figures, CompilationWriters writers) {
		this.figures = figures;
		this.writers = writers;
	}

	/**
	 * What the accepted reports of a cycle add up to, for one instrument or (null) all.
	 */
	public Compilation compile(UUID cycle, @Nullable String instrument) {
		return this.figures.compile(cycle, instrument);
	}

	/** The compilation written in a format, under a UN document symbol, in a language. */
	public byte[] write(Compilation compilation, String symbol, Language language, CompilationFormat format) {
		return write(compilation, symbol, language, Language.EN, format);
	}

	/**
	 * The compilation written in a language, prepared in another ({@code original}):
	 * every rendering says which.
	 */
	public byte[] write(Compilation compilation, String symbol, Language language, Language original,
			CompilationFormat format) {
		return this.writers.write(compilation, symbol, language, original, format);
	}

	/** Refuses at once what would stop the document from being written (no symbol). */
	public void check(Compilation compilation, String symbol, Language language) {
		this.writers.check(compilation, symbol, language);
	}

	/** The name of a code of a dimension in the reader's language. */
	public String codeName(Dimension dimension, String code, Locale locale) {
		return this.writers.codeName(dimension, code, locale);
	}

}
