package org.synergies.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.reporting.RateSource;
import org.synergies.reporting.internal.CycleRates;
import org.synergies.reporting.internal.RateOrigin;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat enters a cycle's exchange rates on the cycle's page: one or more
 * currencies from one source (the UN operational rate of exchange of a month unless it
 * names another), and removes one.
 */
@Controller
@RequestMapping("/reporting/cycles/{id}/rates")
class CycleRatesController {

	private final CycleRates rates;

	private final FlashProblems problems;

	CycleRatesController(CycleRates rates, FlashProblems problems) {
		this.rates = rates;
		this.problems = problems;
	}

	/** Rates as lines such as "EUR 1.08", added to those entered, or replacing them. */
	@PostMapping
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String enter(@PathVariable UUID id, @RequestParam(defaultValue = "") String rates,
			@RequestParam(defaultValue = "UN_OPERATIONAL") RateSource source,
			@RequestParam(defaultValue = "") String month, @RequestParam(defaultValue = "") String sourceDescription,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			RedirectAttributes redirect, Locale locale) {
		try {
			LocalDate appliesOn = source == RateSource.UN_OPERATIONAL ? month(month) : date;
			this.rates.enter(id, parseRates(rates), new RateOrigin(source, sourceDescription, appliesOn));
			return "redirect:/reporting/cycles/" + id + "?rates";
		}
		catch (InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/cycles/" + id;
		}
	}

	@PostMapping("/{currency}/remove")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String remove(@PathVariable UUID id, @PathVariable String currency, RedirectAttributes redirect, Locale locale) {
		try {
			this.rates.remove(id, currency);
			return "redirect:/reporting/cycles/" + id + "?rateRemoved";
		}
		catch (NotFoundException alreadyGone) {
			// removed by a colleague meanwhile: the page shows the rates as they are
			return "redirect:/reporting/cycles/" + id;
		}
	}

	private static @Nullable LocalDate month(String month) {
		if (month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip()).atDay(1);
		}
		catch (DateTimeParseException notAMonth) {
			throw new InvalidInputException(List.of(new FieldProblem("month", "validation.required")));
		}
	}

	static Map<String, BigDecimal> parseRates(String text) {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String[] parts = line.strip().split("[\\s=:;]+");
			if (line.isBlank()) {
				continue;
			}
			if (parts.length != 2) {
				problems.add(new FieldProblem("rates", "cycle.rule.rate-line", line.strip()));
				continue;
			}
			try {
				rates.put(parts[0], new BigDecimal(parts[1].replace(',', '.')));
			}
			catch (NumberFormatException notANumber) {
				problems.add(new FieldProblem("rates", "cycle.rule.rate-line", line.strip()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return rates;
	}

}
