package org.synergies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles read as a United Nations editor writes (issue 11, point 5): French keeps
 * its no-break spaces, every language uses one term per concept, and no message puts an
 * article before a name it cannot know the gender of.
 */
class WordingTests {

	/** A breaking space before : ; ! ? in French: the mark could start a line. */
	private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("[ \\t][:;!?](\\s|$)");

	/** A breaking space inside « »: the guillemet could stand alone at a line's end. */
	private static final Pattern SPACE_IN_GUILLEMETS = Pattern.compile("«[ \\t]|[ \\t]»");

	/** An elided article followed by a space: "l’ Accord" breaks after the apostrophe. */
	private static final Pattern SPACE_AFTER_ELISION = Pattern.compile("(?<![\\p{L}])[ldjmnstc]’\\s");

	/**
	 * "la {0}": the argument is a meeting, an instrument or a body whose gender the
	 * sentence cannot know ("la StC52"). Pass the phrase with its article instead
	 * (org.synergies.shared.Name, org.synergies.meetings.MeetingNames).
	 */
	private static final Pattern ARTICLE_BEFORE_ARGUMENT = Pattern.compile("(?i)\\bla \\{\\d");

	@Test
	void frenchKeepsNoBreakSpacesBeforeMarksAndInsideGuillemets() throws IOException {
		Properties french = load("messages_fr.properties");
		assertThat(french.stringPropertyNames())
			.filteredOn(key -> SPACE_BEFORE_MARK.matcher(french.getProperty(key)).find())
			.as("write \\u00a0 before : and \\u202f before ; ! ? in messages_fr.properties")
			.isEmpty();
		assertThat(french.stringPropertyNames())
			.filteredOn(key -> SPACE_IN_GUILLEMETS.matcher(french.getProperty(key)).find())
			.as("write «\\u00a0…\\u00a0» in messages_fr.properties")
			.isEmpty();
		assertThat(french.stringPropertyNames())
			.filteredOn(key -> SPACE_AFTER_ELISION.matcher(french.getProperty(key)).find())
			.as("no space after an elided article")
			.isEmpty();
	}

	@Test
	void oneTermPerConcept() throws IOException {
		Properties french = load("messages_fr.properties");
		Properties spanish = load("messages_es.properties");
		assertThat(french.stringPropertyNames())
			.filteredOn(key -> french.getProperty(key)
				.matches("(?is).*\\b(Famille CMS|brouillons?|modèles? de rapport|processus d’accréditation)\\b.*"))
			.as("French says « Famille de la CMS », « projet » for a draft, « format de rapport » and « procédure d’accréditation »")
			.isEmpty();
		assertThat(spanish.stringPropertyNames()).filteredOn(key -> spanish.getProperty(key)
			.matches("(?is).*\\b(Familia CMS|borradores|borrador|modelos? de informe|proceso de acreditación)\\b.*"))
			.as("Spanish says «Familia de la CMS», «proyecto» for a draft, «formato de informe» and «procedimiento de acreditación»")
			.isEmpty();
	}

	@Test
	void noArticleBeforeANameTheSentenceCannotKnow() throws IOException {
		for (String bundle : new String[] { "messages_fr.properties", "messages_es.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames())
				.filteredOn(key -> ARTICLE_BEFORE_ARGUMENT.matcher(messages.getProperty(key)).find())
				.as("pass the name with its article (Name.the(), MeetingNames) in " + bundle)
				.isEmpty();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = WordingTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
