package org.synergies.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergies.reporting.internal.AnswerChecks;
import org.synergies.reporting.internal.TestAnswerChecks;
import org.synergies.shared.FieldProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Answers of every field type: read from what the form and the API send, tidied, checked,
 * kept in the stored JSON and read back unchanged, and shown to readers.
 */
class ReportAnswersTests {

	private static final TemplateContent FORMAT = AnswerFormats.everyType();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AnswerChecks checks = TestAnswerChecks.with(AnswerFormats.choices());

	private final AnswerDisplay display = AnswerFormats.display();

	@Test
	void textIsKeptTrimmedAndLimitedInLength() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT, Map.of("title", "  Flyway atlas  ", "unknown", "dropped"));
		assertThat(form.answer("title")).hasValue(new Answer.Text("Flyway atlas"));
		assertThat(form.stored()).containsExactly(Map.entry("title", "Flyway atlas"));
		assertThat(api("{\"title\": 42}").answer("title")).hasValue(new Answer.Text("42"));
		assertThat(problems(Map.of("title", "x".repeat(501)), false))
			.containsExactly(tuple("title", "validation.too-long-n"));
		assertThat(problems(Map.of("title", "   "), true)).containsExactly(tuple("title", "validation.required"),
				tuple("activities", "validation.required"));
		assertThat(shown("title", form, Locale.FRENCH)).isEqualTo("Flyway atlas");
		assertRoundTrip(form);
	}

	@Test
	void longTextKeepsItsParagraphsUpToItsLimit() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT, Map.of("summary", "One.\n\nTwo.\n"));
		assertThat(form.answer("summary")).hasValue(new Answer.LongText("One.\n\nTwo."));
		assertThat(problems(Map.of("summary", "x".repeat(20_000)), false)).isEmpty();
		assertThat(problems(Map.of("summary", "x".repeat(20_001)), false))
			.containsExactly(tuple("summary", "validation.too-long-n"));
		assertThat(shown("summary", form, Locale.ENGLISH)).isEqualTo("One.\n\nTwo.");
		assertRoundTrip(form);
	}

	@Test
	void numberIsKeptAsTypedAndReadAsPeopleWriteIt() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT, Map.of("staffMonths", "1 234,5"));
		assertThat(form.answer("staffMonths")).hasValue(new Answer.Number("1 234,5"));
		assertThat(form.number("staffMonths")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1234.5"));
		assertThat(api("{\"staffMonths\": 3}").number("staffMonths"))
			.hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3"));
		ReportAnswers six = ReportAnswers.tidy(FORMAT, Map.of("staffMonths", "six"));
		assertThat(six.text("staffMonths")).as("nothing typed is lost").hasValue("six");
		assertThat(six.number("staffMonths")).isEmpty();
		assertThat(problems(Map.of("staffMonths", "six"), false))
			.containsExactly(tuple("staffMonths", "validation.number"));
		assertThat(problems(Map.of("staffMonths", "-1"), false))
			.containsExactly(tuple("staffMonths", "validation.not-negative"));
		assertThat(shown("staffMonths", form, Locale.ENGLISH)).isEqualTo("1 234,5");
		assertRoundTrip(form);
	}

	@Test
	void moneyIsAnAmountAsTypedAndACurrencyInCapitals() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT,
				Map.of("budget", Map.of("amount", " 4000.5 ", "currency", "eur")));
		assertThat(form.answer("budget")).hasValue(new Answer.Amount("4000.5", "EUR"));
		assertThat(form.money("budget")).hasValueSatisfying(money -> {
			assertThat(money.amount()).isEqualByComparingTo("4000.5");
			assertThat(money.currency()).isEqualTo("EUR");
		});
		assertThat(form.stored()).containsExactly(Map.entry("budget", Map.of("amount", "4000.5", "currency", "EUR")));
		assertThat(api("{\"budget\": {\"amount\": \"\", \"currency\": \"\"}}").isEmpty()).isTrue();
		assertThat(problems(Map.of("budget", Map.of("currency", "EUR")), false))
			.containsExactly(tuple("budget.amount", "validation.required"));
		assertThat(problems(Map.of("budget", Map.of("amount", "10", "currency", "ZZZ")), false))
			.containsExactly(tuple("budget.currency", "validation.currency"));
		assertThat(problems(Map.of("budget", Map.of("amount", "10")), false))
			.containsExactly(tuple("budget.currency", "validation.required"));
		assertThat(shown("budget", form, Locale.ENGLISH)).isEqualTo("4,000.50 EUR");
		assertThat(
				shown("budget", ReportAnswers.tidy(FORMAT, Map.of("budget", Map.of("amount", "lots"))), Locale.ENGLISH))
			.as("as typed while it cannot be read")
			.isEqualTo("lots ");
		assertRoundTrip(form);
	}

	@Test
	void dateIsWrittenOutInTheReadersLanguage() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT, Map.of("since", "2026-05-31"));
		assertThat(form.answer("since")).hasValue(new Answer.Date("2026-05-31"));
		assertThat(shown("since", form, Locale.ENGLISH)).isEqualTo("31 May 2026");
		assertThat(shown("since", form, Locale.FRENCH)).isEqualTo("31 mai 2026");
		assertThat(shown("since", ReportAnswers.tidy(FORMAT, Map.of("since", "2026-06-01")), Locale.FRENCH))
			.isEqualTo("1er juin 2026");
		assertThat(problems(Map.of("since", "31/05/2026"), false)).containsExactly(tuple("since", "validation.date"));
		assertRoundTrip(form);
	}

	@Test
	void choiceIsOneOfTheFieldsOptionsShownByItsLabel() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT, Map.of("kind", "IN_KIND"));
		assertThat(form.answer("kind")).hasValue(new Answer.Choice("IN_KIND"));
		assertThat(form.codes("kind")).containsExactly("IN_KIND");
		assertThat(shown("kind", form, Locale.FRENCH)).isEqualTo("En nature");
		assertThat(problems(Map.of("kind", "GOLD"), false)).containsExactly(tuple("kind", "validation.choose"));
		assertRoundTrip(form);
	}

	@Test
	void multipleChoiceKeepsEachCodeOnce() {
		ReportAnswers form = ReportAnswers.tidy(FORMAT, Map.of("topics", List.of("CASH", " CASH ", "", "IN_KIND")));
		assertThat(form.answer("topics")).hasValue(new Answer.Choices(List.of("CASH", "IN_KIND")));
		assertThat(api("{\"topics\": \"CASH\"}").codes("topics")).as("one code alone").containsExactly("CASH");
		assertThat(api("{\"topics\": []}").isEmpty()).isTrue();
		assertThat(shown("topics", form, Locale.ENGLISH)).isEqualTo("Cash, In kind");
		assertThat(problems(Map.of("topics", List.of("CASH", "GOLD")), false))
			.containsExactly(tuple("topics", "validation.choose"));
		assertRoundTrip(form);
	}

	@Test
	void yesOrNoIsTrueOrFalse() {
		ReportAnswers api = api("{\"partner\": true}");
		assertThat(api.answer("partner")).hasValue(new Answer.YesNo("true"));
		assertThat(shown("partner", api, Locale.FRENCH)).isEqualTo("Oui");
		assertThat(shown("partner", ReportAnswers.tidy(FORMAT, Map.of("partner", "false")), Locale.ENGLISH))
			.isEqualTo("No");
		assertThat(problems(Map.of("partner", "maybe"), false)).containsExactly(tuple("partner", "validation.choose"));
		assertRoundTrip(api);
	}

	@Test
	void fileIsAnIdAndANameAndIsListedWithItsPath() {
		ReportAnswers api = api("{\"statutes\": {\"id\": \"f1\", \"name\": \"statutes.pdf\"},"
				+ " \"activities\": [{\"_id\": \"a1\", \"report\": {\"id\": \"f2\", \"name\": \"r.pdf\"}}]}");
		assertThat(api.answer("statutes")).hasValue(new Answer.File("f1", "statutes.pdf"));
		assertThat(api.files()).extracting(ReportAnswers.FileAnswer::path, ReportAnswers.FileAnswer::id)
			.containsExactly(tuple("statutes", "f1"), tuple("activities[0].report", "f2"));
		assertThat(api("{\"statutes\": {\"name\": \"no id.pdf\"}}").isEmpty()).isTrue();
		assertThat(api.keepingOnlyFiles("f2"::equals).files()).extracting(ReportAnswers.FileAnswer::id)
			.containsExactly("f2");
		ReportAnswers withoutFiles = ReportAnswers.tidy(FORMAT,
				Map.of("title", "Atlas", "activities", List.of(Map.of("_id", "a1", "name", "Survey"))));
		assertThat(withoutFiles.keepingFilesOf(FORMAT, api).stored()).as("saving other answers keeps the files")
			.isEqualTo(Map.of("title", "Atlas", "statutes", Map.of("id", "f1", "name", "statutes.pdf"), "activities",
					List.of(Map.of("_id", "a1", "name", "Survey", "report", Map.of("id", "f2", "name", "r.pdf")))));
		assertThat(shown("statutes", api, Locale.ENGLISH)).isEqualTo("statutes.pdf");
		assertThat(problems(Map.of("statutes", Map.of("id", "f1", "name", "s.pdf")), false)).isEmpty();
		assertRoundTrip(api);
	}

	@Test
	void groupEntriesKeepTheirIdsForEver() {
		ReportAnswers api = api("{\"activities\": [{\"_id\": \"a1\", \"name\": \" Survey \"}, {\"name\": \"New\"},"
				+ " \"not an entry\"]}");
		List<Answer.Entry> entries = api.entries("activities");
		assertThat(entries).extracting(Answer.Entry::id).hasSize(2).startsWith("a1").doesNotContainNull();
		assertThat(entries).extracting(entry -> entry.text("name").orElseThrow()).containsExactly("Survey", "New");
		assertThat(ReportAnswers.tidy(FORMAT, api.stored()).entries("activities").get(1).id())
			.as("a new entry's id, once given, is kept")
			.isEqualTo(entries.get(1).id());
		assertThat(api.withEntry("activities").entries("activities")).hasSize(3);
		assertThat(api.withoutEntry("activities", "a1").entries("activities")).hasSize(1);
		assertThat(api("{\"activities\": []}").isEmpty()).isTrue();
		assertThat(problems(Map.of("title", "Atlas"), true))
			.containsExactly(tuple("activities", "validation.required"));
		assertThat(problems(Map.of("activities", List.of(Map.of("_id", "a1", "name", "x".repeat(501)))), false))
			.containsExactly(tuple("activities[0].name", "validation.too-long-n"));
		assertThat(shown("activities", api, Locale.ENGLISH)).as("shown entry by entry").isEmpty();
		assertRoundTrip(api);
	}

	@Test
	void storedAnswersReadBackInTodaysShapeUnchanged() {
		String stored = "{\"title\":\"Atlas\",\"summary\":\"Two lines.\",\"staffMonths\":\"six\","
				+ "\"budget\":{\"amount\":\"12 500,50\",\"currency\":\"EUR\"},\"since\":\"2026-05-31\",\"kind\":\"CASH\","
				+ "\"topics\":[\"CASH\",\"IN_KIND\"],\"partner\":\"false\",\"statutes\":{\"id\":\"f1\",\"name\":\"s.pdf\"},"
				+ "\"activities\":[{\"_id\":\"a1\",\"name\":\"Survey\",\"report\":{\"id\":\"f2\",\"name\":\"r.pdf\"}}]}";
		ReportAnswers read = ReportAnswers.tidy(FORMAT,
				JSON.readValue(stored, new TypeReference<Map<String, Object>>() {
				}));
		assertThat(JSON.writeValueAsString(read)).isEqualTo(stored);
		assertThat(JSON.writeValueAsString(read.stored())).isEqualTo(stored);
	}

	private static ReportAnswers api(String json) {
		return ReportAnswers.tidy(FORMAT, JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		}));
	}

	private List<org.assertj.core.groups.Tuple> problems(Map<String, ?> raw, boolean complete) {
		return this.checks.check(FORMAT, ReportAnswers.tidy(FORMAT, raw), complete)
			.stream()
			.map((FieldProblem problem) -> tuple(problem.field(), problem.messageKey()))
			.toList();
	}

	private String shown(String key, ReportAnswers answers, Locale locale) {
		return this.display.of(FORMAT.field(key).orElseThrow(), answers.answer(key).orElse(null), FORMAT, answers,
				locale, false);
	}

	/** Written to the stored JSON and read back, the answers are the same. */
	private static void assertRoundTrip(ReportAnswers answers) {
		String stored = JSON.writeValueAsString(answers.stored());
		ReportAnswers read = ReportAnswers.tidy(FORMAT,
				JSON.readValue(stored, new TypeReference<Map<String, Object>>() {
				}));
		assertThat(read).isEqualTo(answers);
		assertThat(JSON.writeValueAsString(read.stored())).isEqualTo(stored);
	}

}
