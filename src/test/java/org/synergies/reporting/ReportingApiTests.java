package org.synergies.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.meetings.MeetingView;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.support.TestEvents;
import org.synergies.support.DatabaseTest;
import org.synergies.support.ApiScript;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestReporting;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A script runs the whole civil-society reporting through {@code /api/v1/reporting} with
 * personal tokens: the format drafted and adopted, a cycle opened, two organizations'
 * reports written, reviewed, locked by the deadline and extended, the figures and the
 * compiled document. On a database of its own: no format is adopted when it starts.
 * <p>
 * The figures against totals computed by hand. Rates: EUR 1.08, KES 0.0077, GBP 1.27 US
 * dollars. NGO A (accredited): 12,500.50 EUR cash for a Sahel activity (CMS, Africa);
 * 1,000,000 KES in kind for a Rift Valley activity (CMS and AEWA, Africa). NGO B
 * (invited): 2,000 GBP cash for a North Sea activity (AEWA, Europe); 500 EUR cash for no
 * particular activity.
 */
@SpringBootTest(properties = "synergies.test.fresh=reporting-api")
@AutoConfigureMockMvc
@DatabaseTest
class ReportingApiTests implements ApiScript {

	private static final String API = "/api/v1/reporting";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	TestReporting reporting;

	@Autowired
	Outbox outbox;

	@Autowired
	TestEvents listeners;

	@Autowired
	JsonMapper json;

	@Test
	void aScriptRunsTheWholeFlowFromTheDraftFormatToTheCompiledDocument() throws Exception {
		String officer = this.accounts.apiToken(this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER));
		Ngo accredited = this.reporting.accreditedNgo(Language.FR, LocalDate.now().minusDays(60));
		Ngo invited = this.accreditation.ngo(Language.EN);
		String reporterA = this.accounts.apiToken(accredited.member());
		String reporterB = this.accounts.apiToken(invited.member());
		MeetingView meeting = this.reporting.meeting();
		String newCycle = """
				{"meeting": "%s", "opensOn": "%s", "weeksBeforeMeeting": 6, "reminderDays": [14, 3],
				 "lateReminderDays": [7]}""".formatted(meeting.id(), LocalDate.now());

		// Nothing is adopted yet: no public format, and no cycle can open.
		assertThat(JsonPath.<List<?>>read(body(send(get(API + "/templates", null)), 200), "$")).isEmpty();
		assertThat(send(post(API + "/cycles", officer, newCycle))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("cycle.rule.no-template"));

		// The Secretariat drafts the format from the default one, edits a label, submits
		// it and records the Standing Committee's adoption.
		String draft = body(send(post(API + "/templates", officer, "{}")), 201);
		String template = JsonPath.read(draft, "$.id");
		assertThat(JsonPath.<String>read(draft, "$.status")).isEqualTo("DRAFT");
		assertThat(JsonPath.<String>read(draft, "$.content.titleEn")).isEqualTo("Civil-society reporting format");
		assertThat(send(post(API + "/templates", officer, "{}"))).as("one draft at a time")
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("template.rule.draft-exists"));
		assertThat(JsonPath.<List<?>>read(body(send(get(API + "/templates", null)), 200), "$"))
			.as("a draft is not public")
			.isEmpty();
		assertThat(send(get(API + "/templates/" + template, null))).hasStatus(404);
		assertThat(send(get(API + "/templates/" + template, reporterA))).hasStatus(404);

		String read = body(send(get(API + "/templates/" + template, officer)), 200);
		String staffLabel = "$.content.sections[?(@.key == 'staff')].fields[?(@.key == 'staffMonths')].labelEn";
		DocumentContext blank = JsonPath.parse(read).set("$.content.titleEn", " ");
		assertThat(send(put(API + "/templates/" + template, officer,
				json(Map.of("version", version(read), "content", blank.<Object>read("$.content"))))))
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field", fields -> assertThat(fields).asArray().containsExactly("titleEn"));
		DocumentContext edited = JsonPath.parse(read).set(staffLabel, "Person-months given to CMS Family work");
		String written = body(send(put(API + "/templates/" + template, officer,
				json(Map.of("version", version(read), "content", edited.<Object>read("$.content"))))), 200);
		assertThat(JsonPath.<List<String>>read(written, staffLabel))
			.containsExactly("Person-months given to CMS Family work");
		assertThat(version(written)).isGreaterThan(version(read));
		assertThat(send(post(API + "/templates/" + template + "/submit", officer, "{}"))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("SUBMITTED"));
		String decision = this.accreditation.writtenDecision("Adopts the civil-society reporting format.")
			.id()
			.toString();
		assertThat(send(
				post(API + "/templates/" + template + "/adopt", officer, "{\"decision\": \"%s\"}".formatted(decision))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ADOPTED"))
			.hasPathSatisfying("$.adoptedBy", adoptedBy -> assertThat(adoptedBy).isEqualTo(decision));
		String adopted = body(send(get(API + "/templates", null)), 200);
		assertThat(JsonPath.<List<String>>read(adopted, "$[*].id")).containsExactly(template);
		assertThat(JsonPath.<String>read(adopted, "$[0].status")).isEqualTo("ADOPTED");
		assertThat(JsonPath.<List<String>>read(adopted, staffLabel.replace("$.content", "$[0].content")))
			.containsExactly("Person-months given to CMS Family work");

		// A cycle opens for the meeting, due six weeks before it; one cycle per meeting.
		String opened = body(send(post(API + "/cycles", officer, newCycle)), 201);
		String cycle = JsonPath.read(opened, "$.id");
		assertThat(JsonPath.<String>read(opened, "$.deadline")).isEqualTo(meeting.startsOn().minusWeeks(6).toString());
		assertThat(JsonPath.<List<Integer>>read(opened, "$.reminderDays")).containsExactly(3, 14);
		assertThat(send(post(API + "/cycles", officer, newCycle))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("cycle.rule.one-per-meeting"));
		assertThat(send(get(API + "/cycles/" + cycle, null))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.meetingCode", code -> assertThat(code).isEqualTo(meeting.code()))
			.hasPathSatisfying("$.templateNumber", number -> assertThat(number).isEqualTo(1));

		// The accredited NGO must report; the other one only once invited.
		String startB = json(Map.of("cycle", cycle, "organization", invited.organization().id()));
		assertThat(send(post(API + "/reports", reporterB, startB))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("report.rule.not-expected"));
		assertThat(send(post(API + "/cycles/" + cycle + "/invitations", reporterB,
				json(Map.of("organization", invited.organization().id())))))
			.hasStatus(403);
		assertThat(send(post(API + "/cycles/" + cycle + "/invitations", officer,
				json(Map.of("organization", invited.organization().id())))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.invited",
					ids -> assertThat(ids).asArray().containsExactly(invited.organization().id().toString()));
		String overview = body(send(get(API + "/cycles/" + cycle + "/overview", officer)), 200);
		assertThat(JsonPath.<List<Map<String, Object>>>read(overview, "$"))
			.extracting(row -> row.get("organization"), row -> row.get("mustReport"), row -> row.get("invited"),
					row -> row.get("progress"))
			.containsExactlyInAnyOrder(tuple(accredited.organization().id().toString(), true, false, "NOT_STARTED"),
					tuple(invited.organization().id().toString(), false, true, "NOT_STARTED"));
		assertThat(send(get(API + "/cycles/" + cycle + "/overview", reporterA))).hasStatus(403);

		// NGO A starts its report. A draft keeps what was typed and lists what is wrong.
		String started = body(send(post(API + "/reports", reporterA,
				json(Map.of("cycle", cycle, "organization", accredited.organization().id())))), 201);
		String reportA = JsonPath.read(started, "$.id");
		String base = API + "/reports/" + reportA;
		assertThat(JsonPath.<String>read(started, "$.status")).isEqualTo("DRAFT");
		Map<String, Object> wrong = new LinkedHashMap<>(TestReporting.completeAnswers());
		wrong.put("financialLines", List.of(TestReporting.line("f1", "CASH", "-12500.50", "EUR", "a1"),
				TestReporting.line("f2", "IN_KIND", "1000000", "ZZZ", "a2")));
		wrong.put("staffMonths", "six");
		String savedWrong = body(send(put(base + "/answers", reporterA, answers(version(started), wrong))), 200);
		assertThat(JsonPath.<List<Map<String, Object>>>read(savedWrong, "$.problems"))
			.extracting(problem -> problem.get("field"), problem -> problem.get("rule"))
			.containsExactlyInAnyOrder(tuple("financialLines[0].amount.amount", "validation.not-negative"),
					tuple("financialLines[1].amount.currency", "validation.currency"),
					tuple("staffMonths", "validation.number"));
		assertThat(JsonPath.<String>read(savedWrong, "$.report.answers.staffMonths")).as("kept as typed")
			.isEqualTo("six");
		assertThat(send(post(base + "/submit", reporterA, "{}"))).as("every problem, at once")
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					fields -> assertThat(fields).asArray()
						.containsExactlyInAnyOrder("financialLines[0].amount.amount",
								"financialLines[1].amount.currency", "staffMonths"));

		// Complete answers; a colleague who read the same version gets a conflict, not a
		// lost update.
		Map<String, Object> complete = new LinkedHashMap<>(TestReporting.completeAnswers());
		complete.put("publications", List.of(Map.of("_id", "p1", "title", "Sahel flyway atlas", "year", "2025")));
		long readByBoth = ((Number) JsonPath.read(savedWrong, "$.report.version")).longValue();
		String saved = body(send(put(base + "/answers", reporterA, answers(readByBoth, complete))), 200);
		assertThat(JsonPath.<List<?>>read(saved, "$.problems")).isEmpty();
		Map<String, Object> colleagues = new LinkedHashMap<>(complete);
		colleagues.put("staffMonths", "60");
		assertThat(send(put(base + "/answers", reporterA, answers(readByBoth, colleagues)))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> assertThat(type).isEqualTo("urn:synergies:problem:conflict"));
		assertThat(send(get(base, reporterA))).bodyJson()
			.hasPathSatisfying("$.answers.staffMonths", staff -> assertThat(staff).isEqualTo("6"))
			.hasPathSatisfying("$.answers.financialLines[0].amount.amount",
					amount -> assertThat(amount).isEqualTo("12500.50"));

		// A file for the publication, a colleague asked to help, then it is handed in.
		assertThat(upload(base + "/files", reporterA, "atlas.pdf", SampleFiles.pdf()).param("path", "staffMonths"))
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("staffMonths"));
		String attached = body(upload(base + "/files", reporterA, "atlas.pdf", SampleFiles.pdf())
			.param("path", "publications[p1].file")
			.exchange(), 200);
		assertThat(JsonPath.<String>read(attached, "$.answers.publications[0].file.name")).isEqualTo("atlas.pdf");
		String file = JsonPath.read(attached, "$.answers.publications[0].file.id");
		assertThat(send(get(base + "/files/" + file, reporterA))).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
		assertThat(send(get(base + "/files/" + file, null))).as("not published").hasStatus(401);
		String colleague = TestAccounts.uniqueEmail("colleague");
		String asked = body(send(post(base + "/colleagues", reporterA,
				"""
						{"email": "%s", "name": "Ana Colleague", "language": "ES", "message": "¿Puedes completar las cifras?"}"""
					.formatted(colleague))),
				201);
		assertThat(JsonPath.<String>read(asked, "$.status")).as("invited, not yet a contributor").isEqualTo("PENDING");
		assertThat(JsonPath.<String>read(asked, "$.email")).isEqualTo(colleague);
		assertThat(JsonPath.<List<String>>read(body(send(get(base + "/colleagues", reporterA)), 200), "$[*].email"))
			.containsExactly(colleague);
		assertThat(this.outbox.sentTo(colleague)).extracting(SentMail::template)
			.contains("invitation", "reporting-colleague");
		assertThat(send(post(base + "/submit", reporterA, versioned(attached)))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("SUBMITTED"));
		assertThat(send(
				put(base + "/answers", reporterA, answers(version(body(send(get(base, reporterA)), 200)), complete))))
			.as("handed in")
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("report.rule.not-editable"));

		// NGO B, invited, writes a draft of its own: closed to visitors and to NGO A.
		String startedB = body(send(post(API + "/reports", reporterB, startB)), 201);
		String reportB = JsonPath.read(startedB, "$.id");
		Map<String, Object> answersB = new LinkedHashMap<>();
		answersB.put("activities", List.of(TestReporting.activity("b1", "North Sea waders", List.of("AEWA"),
				List.of("BIRDS"), List.of("DE"), List.of("EUROPE"), List.of("9"))));
		answersB.put("financialLines", List.of(TestReporting.line("g1", "CASH", "2000", "GBP", "b1"),
				TestReporting.line("g2", "CASH", "500", "EUR", null)));
		answersB.put("staffMonths", "3");
		String savedB = body(
				send(put(API + "/reports/" + reportB + "/answers", reporterB, answers(version(startedB), answersB))),
				200);
		assertThat(JsonPath.<List<?>>read(savedB, "$.problems")).isEmpty();
		assertThat(send(get(API + "/reports/" + reportB, null))).hasStatus(401);
		assertThat(send(get(API + "/reports/" + reportB, reporterA))).hasStatus(403);
		assertThat(send(put(base + "/answers", reporterB, answers(0, complete)))).hasStatus(403);
		assertThat(JsonPath.<List<String>>read(body(send(get(API + "/reports", reporterA)), 200), "$[*].id"))
			.containsExactly(reportA);
		assertThat(
				JsonPath.<List<String>>read(body(send(get(API + "/reports?cycle=" + cycle, officer)), 200), "$[*].id"))
			.containsExactlyInAnyOrder(reportA, reportB);

		// The Secretariat returns NGO A's report; handed in again, it is accepted and
		// published.
		String submitted = body(send(get(base, officer)), 200);
		assertThat(send(post(base + "/return", officer,
				"{\"version\": %d, \"comment\": \"Indiquez la valeur en nature.\"}".formatted(version(submitted)))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("RETURNED"))
			.hasPathSatisfying("$.comments[0].text",
					text -> assertThat(text).isEqualTo("Indiquez la valeur en nature."));
		String resubmitted = body(send(post(base + "/submit", reporterA, "{}")), 200);
		assertThat(JsonPath.<String>read(resubmitted, "$.status")).isEqualTo("SUBMITTED");
		assertThat(send(post(base + "/accept", reporterA, versioned(resubmitted)))).hasStatus(403);
		assertThat(send(post(base + "/accept", officer,
				"{\"version\": %d, \"visibility\": \"PUBLIC\"}".formatted(version(resubmitted)))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ACCEPTED"))
			.hasPathSatisfying("$.visibility", visibility -> assertThat(visibility).isEqualTo("PUBLIC"));
		assertThat(JsonPath.<List<String>>read(body(send(get(API + "/reports/published", null)), 200), "$[*].id"))
			.containsExactly(reportA);
		assertThat(send(get(base, null))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("ACCEPTED"));
		assertThat(send(get(base + "/files/" + file, null))).as("published").hasStatusOk();
		this.listeners.settle();
		assertThat(this.outbox.sentTo(accredited.member().email())).extracting(SentMail::subject)
			.anySatisfy(subject -> assertThat(subject).startsWith("Rapport pour la " + meeting.number()
					+ "e session de la Conférence des Parties (" + meeting.code() + ") soumis"))
			.anySatisfy(subject -> assertThat(subject).startsWith("Votre rapport pour la " + meeting.number()
					+ "e session de la Conférence des Parties (" + meeting.code() + ") vous a été renvoyé"))
			.anySatisfy(subject -> assertThat(subject).startsWith("Votre rapport pour la " + meeting.number()
					+ "e session de la Conférence des Parties (" + meeting.code() + ") a été accepté"));

		// The deadline passes before NGO B hands in: its report is locked until the
		// Secretariat gives it more time.
		String current = body(send(get(API + "/cycles/" + cycle, null)), 200);
		LocalDate yesterday = LocalDate.now().minusDays(1);
		assertThat(send(put(API + "/cycles/" + cycle + "/schedule?version=" + version(current), officer,
				"""
						{"opensOn": "%s", "deadline": "%s", "reminderDays": [14, 3], "lateReminderDays": [7]}"""
					.formatted(LocalDate.now().minusDays(10), yesterday))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.deadline", deadline -> assertThat(deadline).isEqualTo(yesterday.toString()));
		assertThat(send(post(API + "/reports/" + reportB + "/submit", reporterB, "{}"))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("report.rule.locked"))
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("has passed"));
		assertThat(JsonPath.<List<Boolean>>read(body(send(get(API + "/cycles/" + cycle + "/overview", officer)), 200),
				"$[?(@.organization == '%s')].late".formatted(invited.organization().id())))
			.containsExactly(true);
		LocalDate extended = LocalDate.now().plusDays(7);
		assertThat(send(post(API + "/cycles/" + cycle + "/extensions", officer,
				json(Map.of("organization", invited.organization().id(), "until", extended.toString())))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.extensions['%s']".formatted(invited.organization().id()),
					until -> assertThat(until).isEqualTo(extended.toString()));
		String submittedB = body(send(post(API + "/reports/" + reportB + "/submit", reporterB, "{}")), 200);
		assertThat(JsonPath.<String>read(submittedB, "$.status")).isEqualTo("SUBMITTED");
		assertThat(send(post(API + "/reports/" + reportB + "/accept", officer,
				"{\"version\": %d, \"visibility\": \"INTERNAL\"}".formatted(version(submittedB)))))
			.hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(send(get(API + "/reports/published", null)), 200), "$[*].id"))
			.containsExactly(reportA);
		assertThat(send(get(API + "/reports/" + reportB, null))).as("accepted, kept internal").hasStatus(401);
		assertThat(JsonPath.<List<Map<String, Object>>>read(
				body(send(get(API + "/cycles/" + cycle + "/overview", officer)), 200), "$"))
			.extracting(row -> row.get("organization"), row -> row.get("mustReport"), row -> row.get("progress"),
					row -> row.get("late"), row -> row.get("deadline"))
			.containsExactlyInAnyOrder(
					tuple(accredited.organization().id().toString(), true, "ACCEPTED", false, yesterday.toString()),
					tuple(invited.organization().id().toString(), false, "ACCEPTED", false, extended.toString()));

		// No figures and no compilation while a currency has no rate: refused at once,
		// naming the currencies.
		String compileAll = """
				{"cycle": "%s", "language": "FR", "symbol": "UNEP/CMS/COP14/Inf.99"}""".formatted(cycle);
		assertThat(send(post(API + "/compilations", officer, compileAll))).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).isEqualTo("compilation.rule.missing-rates"))
			.hasPathSatisfying("$.detail",
					detail -> assertThat(detail).asString()
						.isEqualTo("No exchange rate has been entered for EUR, GBP, KES: "
								+ "enter the rates of the cycle before compiling."));
		assertThat(send(get(API + "/cycles/" + cycle + "/figures", null).header("Accept-Language", "fr")))
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString()
				.startsWith("Aucun taux de change n’a été saisi pour EUR, GBP, KES"));
		assertThat(send(put(API + "/cycles/" + cycle + "/rates", officer, "{\"rates\": {\"ABC\": 1, \"EUR\": 0}}")))
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					fields -> assertThat(fields).asArray().containsExactlyInAnyOrder("rates[ABC]", "rates[EUR]"));
		String rated = body(send(put(API + "/cycles/" + cycle + "/rates", officer,
				"{\"rates\": {\"EUR\": 1.08, \"kes\": 0.0077, \"GBP\": 1.27}}")), 200);
		assertThat(JsonPath.<Map<String, ?>>read(rated, "$.rates")).containsOnlyKeys("EUR", "KES", "GBP");
		assertThat(decimal(rated, "$.rates.KES.usdPerUnit")).isEqualByComparingTo("0.0077");
		assertThat(JsonPath.<String>read(rated, "$.rates.KES.source")).isEqualTo("UN_OPERATIONAL");

		// The public figures, in US dollars.
		String figures = body(send(get(API + "/cycles/" + cycle + "/figures", null)), 200);
		// cash: 12,500.50 × 1.08 + 2,000 × 1.27 + 500 × 1.08 = 13,500.54 + 2,540 + 540
		assertThat(decimal(figures, "$.cashUsd")).isEqualByComparingTo("16580.54");
		// in kind: 1,000,000 × 0.0077
		assertThat(decimal(figures, "$.inKindUsd")).isEqualByComparingTo("7700");
		// total: 16,580.54 + 7,700
		assertThat(decimal(figures, "$.totalUsd")).isEqualByComparingTo("24280.54");
		assertThat(JsonPath.<Integer>read(figures, "$.activities")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(figures, "$.countries")).as("ML, NE, KE, DE").isEqualTo(4);
		assertThat(JsonPath.<Integer>read(figures, "$.organizations")).isEqualTo(2);
		assertThat(decimal(figures, "$.staffMonths")).as("6 + 3").isEqualByComparingTo("9");
		// AEWA: the North Sea (2,000 × 1.27 cash) and the Rift Valley (7,700 in kind)
		assertThat(row(figures, "INSTRUMENT", "AEWA")).satisfies(row -> {
			assertThat(decimal(row.get("cashUsd"))).isEqualByComparingTo("2540");
			assertThat(decimal(row.get("inKindUsd"))).isEqualByComparingTo("7700");
			assertThat(row.get("activities")).isEqualTo(2);
		});
		// CMS: the Sahel (13,500.54 cash) and the Rift Valley (7,700 in kind)
		assertThat(decimal(row(figures, "INSTRUMENT", "CMS").get("cashUsd"))).isEqualByComparingTo("13500.54");
		assertThat(decimal(row(figures, "INSTRUMENT", "").get("cashUsd"))).as("500 EUR for no particular activity")
			.isEqualByComparingTo("540");
		assertThat(decimal(row(figures, "REGION", "EUROPE").get("cashUsd"))).isEqualByComparingTo("2540");
		assertThat(JsonPath.<List<String>>read(figures, "$.currencies[*].currency")).containsExactly("EUR", "GBP",
				"KES");
		assertThat(JsonPath.<String>read(
				body(send(get(API + "/cycles/" + cycle + "/figures?instrument=NOPE", null)), 400), "$.errors[0].field"))
			.isEqualTo("instrument");
		String aewa = body(send(get(API + "/cycles/" + cycle + "/figures?instrument=AEWA", null)), 200);
		assertThat(decimal(aewa, "$.cashUsd")).isEqualByComparingTo("2540");
		assertThat(decimal(aewa, "$.inKindUsd")).isEqualByComparingTo("7700");
		assertThat(JsonPath.<Integer>read(aewa, "$.activities")).isEqualTo(2);

		// Every figure traces back to the lines it sums (the Secretariat only).
		String lines = API + "/cycles/" + cycle + "/figures/lines?dimension=INSTRUMENT&code=AEWA";
		assertThat(JsonPath.<List<Map<String, Object>>>read(body(send(get(lines, officer)), 200), "$"))
			.extracting(line -> line.get("organizationName"), line -> line.get("kind"), line -> line.get("currency"),
					line -> line.get("activityTitle"))
			.containsExactlyInAnyOrder(
					tuple(accredited.organization().officialName(), "IN_KIND", "KES",
							"Wetland restoration in the Rift Valley"),
					tuple(invited.organization().officialName(), "CASH", "GBP", "North Sea waders"));
		assertThat(JsonPath.<List<Map<String, Object>>>read(body(send(get(lines + "&kind=CASH", officer)), 200), "$"))
			.singleElement()
			.satisfies(line -> {
				assertThat(decimal(line.get("amount"))).isEqualByComparingTo("2000");
				assertThat(decimal(line.get("usd"))).isEqualByComparingTo("2540");
			});
		assertThat(send(get(lines, null))).hasStatus(401);
		assertThat(send(get(lines, reporterA))).hasStatus(403);

		// The information document, compiled in the background, in French.
		assertThat(send(post(API + "/compilations", reporterA, compileAll))).hasStatus(403);
		String requested = body(send(post(API + "/compilations", officer, compileAll)), 202);
		String compilation = JsonPath.read(requested, "$.id");
		// the AEWA compilation is another document: not under the whole family's symbol;
		// without a symbol it takes the next free number of the meeting
		assertThat(send(post(API + "/compilations", officer,
				"""
						{"cycle": "%s", "instrument": "AEWA", "language": "EN", "symbol": "UNEP/CMS/COP14/Inf.99"}"""
					.formatted(cycle))))
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("symbol"));
		String requestedAewa = body(send(post(API + "/compilations", officer, """
				{"cycle": "%s", "instrument": "AEWA", "language": "EN"}""".formatted(cycle))), 202);
		assertThat(JsonPath.<String>read(requestedAewa, "$.symbol")).as("the cycle's COP, its first free number")
			.matches("UNEP/CMS/COP\\d+/Inf\\.1");
		String compilationAewa = JsonPath.read(requestedAewa, "$.id");
		assertThat(finished(compilation, officer)).satisfies(job -> {
			assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("DONE");
			assertThat(JsonPath.<Integer>read(job, "$.progress")).isEqualTo(100);
			assertThat(JsonPath.<List<String>>read(job, "$.formats")).contains("DOCX", "PDF", "CSV");
		});
		MvcTestResult docx = send(get(API + "/compilations/" + compilation + "/docx", officer));
		assertThat(docx).hasStatusOk()
			.hasHeader("Content-Disposition",
					"attachment; filename=\"civil-society-contributions-cms-family-fr.docx\"");
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = normalized(extractor.getText());
			assertThat(text).contains("UNEP/CMS/COP14/Inf.99",
					"CONTRIBUTIONS DE LA SOCIÉTÉ CIVILE À LA FAMILLE DE LA CMS", "Tableau 2. Par instrument (USD)",
					"24 281 USD : 16 581 USD en espèces et 7 700 USD en nature",
					"2 rapports acceptés par le Secrétariat sont compilés ici, sur 2 organisations attendues",
					"Sahel flyway monitoring", accredited.organization().officialName(),
					invited.organization().officialName(), "son texte n’est pas publié", "Annexe 1. Taux de change");
			assertThat(text).as("NGO B's report was kept internal").doesNotContain("North Sea waders");
		}
		assertThat(send(get(API + "/compilations/" + compilation + "/docx", reporterA))).hasStatus(403);
		assertThat(send(get(API + "/compilations/" + compilation + "/odt", officer))).hasStatus(404);

		// For AEWA only: its two activities and the two lines that fund them.
		assertThat(JsonPath.<String>read(finished(compilationAewa, officer), "$.status")).isEqualTo("DONE");
		String csv = body(send(get(API + "/compilations/" + compilationAewa + "/csv", officer)), 200);
		assertThat(csv.lines()).filteredOn(line -> line.startsWith("ACTIVITY,"))
			.hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("North Sea waders"))
			.anySatisfy(line -> assertThat(line).contains("Wetland restoration in the Rift Valley"));
		assertThat(csv.lines()).filteredOn(line -> line.startsWith("CASH,") || line.startsWith("IN_KIND,"))
			.hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("GBP", "2540.00"))
			.anySatisfy(line -> assertThat(line).contains("KES", "7700.00"));
	}

	@Test
	void theOpenApiDescriptionDocumentsEveryStep() {
		String description = body(send(get("/v3/api-docs", null)), 200);
		assertThat(JsonPath.<Map<String, ?>>read(description, "$.paths")).containsKeys(API + "/templates",
				API + "/templates/{id}", API + "/templates/{id}/submit", API + "/templates/{id}/adopt", API + "/cycles",
				API + "/cycles/{id}/schedule", API + "/cycles/{id}/invitations", API + "/cycles/{id}/rates",
				API + "/cycles/{id}/extensions", API + "/cycles/{id}/overview", API + "/cycles/{id}/figures",
				API + "/cycles/{id}/figures/lines", API + "/reports", API + "/reports/published",
				API + "/reports/{id}/answers", API + "/reports/{id}/files", API + "/reports/{id}/colleagues",
				API + "/reports/{id}/submit", API + "/reports/{id}/return", API + "/reports/{id}/accept",
				API + "/compilations", API + "/compilations/{id}", API + "/compilations/{id}/{format}");
	}

	/** Polls a compilation until it is done or failed, for at most two minutes. */
	private String finished(String compilation, String token) throws InterruptedException {
		long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		String job = body(send(get(API + "/compilations/" + compilation, token)), 200);
		while (!List.of("DONE", "FAILED").contains(JsonPath.<String>read(job, "$.status"))
				&& System.nanoTime() < giveUp) {
			Thread.sleep(200);
			job = body(send(get(API + "/compilations/" + compilation, token)), 200);
		}
		return job;
	}

	private static Map<String, Object> row(String figures, String dimension, String code) {
		List<Map<String, Object>> rows = JsonPath.read(figures,
				"$.breakdowns.%s[?(@.code == '%s')]".formatted(dimension, code));
		assertThat(rows).as("row %s of %s", code, dimension).hasSize(1);
		return rows.get(0);
	}

	private static BigDecimal decimal(String json, String path) {
		return decimal(JsonPath.read(json, path));
	}

	private static BigDecimal decimal(Object number) {
		return new BigDecimal(String.valueOf(number));
	}

	private static String normalized(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

	private String answers(long version, Map<String, Object> answers) {
		return json(Map.of("version", version, "answers", answers));
	}

	private String json(Object value) {
		return this.json.writeValueAsString(value);
	}

	@Override
	public MockMvcTester mvc() {
		return this.mvc;
	}

}
