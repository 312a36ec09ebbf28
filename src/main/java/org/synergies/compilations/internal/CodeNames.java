package org.synergies.compilations.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.ExchangeRate;
import org.synergies.shared.Language;
import org.synergies.shared.Name;
import org.synergies.shared.Name.Gender;
import org.synergies.shared.Name.Grammar;

/** The words of the compiled document in the reader's language: codes and messages. */
@Component
class CodeNames {

	private final MessageSource messages;

	private final ReferenceData reference;

	CodeNames(MessageSource messages, ReferenceData reference) {
		this.messages = messages;
		this.reference = reference;
	}

	/** The name of a code of a dimension; the empty code is money funding no activity. */
	String codeName(Dimension dimension, String code, Locale locale) {
		if (code.isEmpty()) {
			return text(locale, "document.compilation.notAttributed");
		}
		return switch (dimension) {
			case INSTRUMENT -> this.reference.instrumentName(code, locale);
			case REGION -> this.reference.regionName(code, locale);
			case SPECIES_GROUP -> this.reference.speciesGroupName(code, locale);
			case TARGET -> code.matches("\\d+") ? this.reference.strategicPlanTarget(Integer.parseInt(code))
				.map(target -> target.label(locale))
				.orElse(code) : code;
		};
	}

	String instrumentName(String code, Locale locale) {
		return this.reference.instrumentName(code, locale);
	}

	/**
	 * The source and date of the rate an amount was converted at, or that US dollars need
	 * none (null rate).
	 */
	String rateSource(@Nullable ExchangeRate rate, Locale locale) {
		return rate == null ? ExchangeRate.usDollarLabel(this.messages, locale)
				: rate.sourceLabel(this.messages, locale);
	}

	/** What people call an instrument: "AEWA", "Raptors MOU". */
	String instrumentAcronym(String code) {
		return this.reference.acronymOf(code);
	}

	/** The instrument's full name with its grammar, for sentences. */
	Name instrument(String code) {
		return this.reference.instrumentFullName(code);
	}

	/** The CMS Family, as the scope of a compilation of every instrument. */
	Name family() {
		Grammar feminine = new Grammar(Gender.FEMININE, false, false);
		return new Name(text(Language.EN.locale(), "document.compilation.scopeAll"),
				text(Language.FR.locale(), "document.compilation.scopeAll"),
				text(Language.ES.locale(), "document.compilation.scopeAll"), feminine, feminine);
	}

	String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
