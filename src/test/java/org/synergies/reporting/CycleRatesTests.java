package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingCycles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.Language;
import org.synergies.support.ApiScript;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Secretariat enters a cycle's exchange rates, through the API and on the cycle's
 * page: each with its source and date, who entered it and when, on the audit trail; US
 * dollars, a rate that is not positive, an unknown currency and a month the UN has not
 * published are refused with a message that says why.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class CycleRatesTests implements ApiScript {

	private static final String API = "/api/v1/reporting/cycles/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestReporting fixtures;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	AuditTrail audit;

	@Test
	void throughTheApiEachRateHasItsSourceAndDateAndUsDollarsAreRefused() {
		CycleView cycle = this.fixtures.openCycle();
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.accounts.apiToken(officer);
		String rates = API + cycle.id() + "/rates";

		assertThat(send(put(rates + "/USD", token, "{\"usdPerUnit\": 1}"))).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("rates[USD]"))
			.hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString()
				.isEqualTo("US dollars need no rate: amounts in US dollars are counted as they are."));
		String afterNext = YearMonth.now(ZoneOffset.UTC).plusMonths(2).atDay(1).toString();
		assertThat(send(put(rates, token,
				"{\"rates\": {\"EUR\": -1.08, \"XYZ\": 2}, \"appliesOn\": \"%s\"}".formatted(afterNext))
			.header("Accept-Language", "fr"))).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					fields -> assertThat(fields).asArray()
						.containsExactlyInAnyOrder("rates[EUR]", "rates[XYZ]", "month"))
			.hasPathSatisfying("$.errors[*].message", messages -> assertThat(messages).asArray()
				.contains("«\u00a0XYZ\u00a0» n’est pas un code de monnaie ISO 4217, comme EUR ou KES."));
		assertThat(send(put(rates + "/CHF", token, "{\"usdPerUnit\": 1.13, \"source\": \"OTHER\"}"))).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					fields -> assertThat(fields).asArray().containsExactlyInAnyOrder("sourceDescription", "date"));

		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		String entered = body(send(put(rates + "/chf", token, """
				{"usdPerUnit": 1.13, "source": "OTHER", "sourceDescription": "Swiss National Bank reference rate",
				 "appliesOn": "%s"}""".formatted(yesterday))), 200);
		assertThat(JsonPath.<String>read(entered, "$.rates.CHF.source")).isEqualTo("OTHER");
		assertThat(JsonPath.<String>read(entered, "$.rates.CHF.sourceDescription"))
			.isEqualTo("Swiss National Bank reference rate");
		assertThat(JsonPath.<String>read(entered, "$.rates.CHF.appliesOn")).isEqualTo(yesterday);
		assertThat(JsonPath.<String>read(entered, "$.rates.CHF.enteredBy")).isEqualTo(officer.displayName());
		assertThat(JsonPath.<String>read(entered, "$.rates.CHF.enteredAt")).isNotBlank();

		String both = body(send(put(rates + "/EUR", token, "{\"usdPerUnit\": 1.08}")), 200);
		assertThat(JsonPath.<String>read(both, "$.rates.EUR.source")).as("the default source")
			.isEqualTo("UN_OPERATIONAL");
		assertThat(JsonPath.<String>read(both, "$.rates.EUR.appliesOn")).as("of the current month")
			.isEqualTo(YearMonth.now(ZoneOffset.UTC).atDay(1).toString());
		assertThat(JsonPath.<String>read(both, "$.rates.CHF.source")).as("the other rate stays").isEqualTo("OTHER");

		assertThat(this.mvc.delete().uri(rates + "/CHF").header("Authorization", "Bearer " + token)).hasStatusOk();
		assertThat(this.cycles.find(cycle.id()).orElseThrow().rates()).containsOnlyKeys("EUR");
		assertThat(this.mvc.delete().uri(rates + "/CHF").header("Authorization", "Bearer " + token))
			.as("no such rate any more")
			.hasStatus(404);

		assertThat(this.audit.historyOf("reporting-cycle", cycle.id())).extracting(AuditEntry::action)
			.containsSubsequence("rate-removed", "rates-entered", "rates-entered");
		assertThat(this.audit.historyOf("reporting-cycle", cycle.id()))
			.filteredOn(entry -> entry.action().equals("rates-entered"))
			.allSatisfy(entry -> assertThat(entry.actorId()).isEqualTo(officer.id()));
	}

	@Test
	void onTheCyclesPageTheSecretariatEntersRatesFromAnotherSourceAndSeesWhoEnteredThem() {
		CycleView cycle = this.fixtures.openCycle();
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String page = "/reporting/cycles/" + cycle.id();

		assertThat(this.mvc.get().uri(page).header("Accept-Language", "en").with(TestAccounts.as(officer)))
			.hasStatusOk()
			.bodyText()
			.contains("Amounts in US dollars are counted as they are", "No exchange rate has been entered yet.",
					"value=\"" + YearMonth.now(ZoneOffset.UTC) + "\"");
		assertThat(this.mvc.post()
			.uri(page + "/rates")
			.param("rates", "EUR 1.08\nCHF 1,13")
			.param("source", "OTHER")
			.param("sourceDescription", "European Central Bank reference rate")
			.param("date", "2026-11-02")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl(page + "?rates");
		assertThat(this.cycles.find(cycle.id()).orElseThrow().rates().get("CHF")).satisfies(rate -> {
			assertThat(rate.source()).isEqualTo(RateSource.OTHER);
			assertThat(rate.appliesOn()).isEqualTo(LocalDate.of(2026, 11, 2));
		});
		assertThat(this.mvc.get().uri(page).header("Accept-Language", "en").with(TestAccounts.as(officer)))
			.hasStatusOk()
			.bodyText()
			.contains("European Central Bank reference rate, November 2, 2026", officer.displayName(),
					"Remove the rate for CHF");

		assertThat(this.mvc.post()
			.uri(page + "/rates")
			.param("rates", "USD 1")
			.param("month", "2026-10")
			.header("Accept-Language", "fr")
			.with(TestAccounts.as(officer))
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap()
			.get("problems")).asString().contains("Les dollars des États-Unis n’ont pas besoin de taux");
		assertThat(this.mvc.post().uri(page + "/rates/CHF/remove").with(TestAccounts.as(officer)).with(csrf()))
			.hasRedirectedUrl(page + "?rateRemoved");
		assertThat(this.cycles.find(cycle.id()).orElseThrow().rates()).containsOnlyKeys("EUR");
	}

	@Override
	public MockMvcTester mvc() {
		return this.mvc;
	}

}
