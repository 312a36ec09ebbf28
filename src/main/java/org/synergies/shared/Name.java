package org.synergies.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A proper name in the three working languages, with what a sentence needs to put an
 * article before it: its gender and number in French and Spanish, and whether French
 * elides before it ("l’Accord", "de l’Accord", but "le Comité", "du Comité"). Sentences
 * take the phrase they need ({@link #the}, {@link #ofThe}, {@link #toThe}) instead of
 * writing "la {0}" around a name whose gender they cannot know.
 *
 * <p>
 * What is not stored is guessed: the gender from the first word of the name
 * ("Conférence", "Convention", "Réunion" are feminine; "Accord", "Comité", "Conseil",
 * "Groupe", "Mémorandum" masculine), elision from its first letter (a vowel or a mute h).
 * An h aspiré must be stored.
 */
public record Name(String english, @Nullable String french, @Nullable String spanish, Grammar frenchGrammar,
		Grammar spanishGrammar) implements Serializable {

	/** Grammatical gender. */
	public enum Gender {

		MASCULINE, FEMININE;

		/**
		 * The gender stored as {@code M} or {@code F}; {@code null} for anything else.
		 */
		public static @Nullable Gender fromCode(@Nullable String code) {
			if (code == null) {
				return null;
			}
			return switch (code.strip().toUpperCase(Locale.ROOT)) {
				case "M" -> MASCULINE;
				case "F" -> FEMININE;
				default -> null;
			};
		}

	}

	/**
	 * How a name behaves after an article in one language.
	 *
	 * @param gender {@code null} when unknown: guessed from the name
	 * @param elides French only: {@code null} to judge from the first letter
	 */
	public record Grammar(@Nullable Gender gender, boolean plural, @Nullable Boolean elides) implements Serializable {

		public static final Grammar UNKNOWN = new Grammar(null, false, null);

		public static Grammar of(@Nullable String gender, @Nullable Boolean plural, @Nullable Boolean elides) {
			return new Grammar(Gender.fromCode(gender), Boolean.TRUE.equals(plural), elides);
		}

	}

	private static final Set<String> FEMININE_FR = Set.of("conférence", "convention", "réunion", "commission",
			"session", "plateforme", "organisation", "initiative", "alliance", "famille");

	private static final Set<String> FEMININE_ES = Set.of("conferencia", "convención", "reunión", "comisión",
			"plataforma", "organización", "iniciativa", "alianza", "familia", "mesa");

	/** A name known only in English, guessed in the others. */
	public static Name english(String english) {
		return new Name(english, null, null, Grammar.UNKNOWN, Grammar.UNKNOWN);
	}

	/** The name alone, in a language (English when it has none in that language). */
	public String in(Language language) {
		String name = language.pick(this.english, this.french, this.spanish);
		return name != null ? name : this.english;
	}

	/**
	 * "the Standing Committee", "le Comité permanent", "l’Accord", "el Comité
	 * Permanente".
	 */
	public Phrase the() {
		return new WithArticle(this, Article.THE);
	}

	/**
	 * "of the Standing Committee", "du Comité permanent", "de l’Accord", "del Acuerdo".
	 */
	public Phrase ofThe() {
		return new WithArticle(this, Article.OF_THE);
	}

	/** "to the Standing Committee", "au Comité permanent", "à l’Accord", "al Comité". */
	public Phrase toThe() {
		return new WithArticle(this, Article.TO_THE);
	}

	/** The name alone as a phrase. */
	public Phrase bare() {
		return new WithArticle(this, Article.NONE);
	}

	/** The article, alone or after a preposition, that a sentence puts before a name. */
	enum Article {

		NONE, THE, OF_THE, TO_THE

	}

	/**
	 * A name with its article: a value, so that a message argument holding it may be kept
	 * (in a flash attribute, in the session).
	 */
	record WithArticle(Name name, Article article) implements Phrase, Serializable {

		@Override
		public String in(Language language) {
			return switch (this.article) {
				case NONE -> this.name.in(language);
				case THE ->
					this.name.article(language, "the ", "le ", "la ", "l’", "les ", "el ", "la ", "los ", "las ");
				case OF_THE -> this.name.article(language, "of the ", "du ", "de la ", "de l’", "des ", "del ",
						"de la ", "de los ", "de las ");
				case TO_THE -> this.name.article(language, "to the ", "au ", "à la ", "à l’", "aux ", "al ", "a la ",
						"a los ", "a las ");
			};
		}

	}

	private String article(Language language, String english, String frMasculine, String frFeminine, String frElided,
			String frPlural, String esMasculine, String esFeminine, String esMasculinePlural, String esFemininePlural) {
		String name = in(language);
		return switch (language) {
			case EN -> english + name;
			case FR -> (this.frenchGrammar.plural() ? frPlural
					: elides(name) ? frElided : feminine(Language.FR, name) ? frFeminine : frMasculine) + name;
			case ES ->
				(this.spanishGrammar.plural() ? (feminine(Language.ES, name) ? esFemininePlural : esMasculinePlural)
						: feminine(Language.ES, name) ? esFeminine : esMasculine) + name;
		};
	}

	private boolean elides(String name) {
		if (this.frenchGrammar.elides() != null) {
			return this.frenchGrammar.elides();
		}
		if (name.isEmpty()) {
			return false;
		}
		char first = Character.toLowerCase(name.charAt(0));
		return "aàâäeéèêëiîïoôöuùûüyœh".indexOf(first) >= 0;
	}

	private boolean feminine(Language language, String name) {
		Grammar grammar = language == Language.FR ? this.frenchGrammar : this.spanishGrammar;
		if (grammar.gender() != null) {
			return grammar.gender() == Gender.FEMININE;
		}
		String first = name.split("[\\s’'-]", 2)[0].toLowerCase(language.locale());
		return (language == Language.FR ? FEMININE_FR : FEMININE_ES).contains(first);
	}

}
