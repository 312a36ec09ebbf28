package org.synergies.compilations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Activity;
import org.synergies.compilations.Compilation.Compiled;
import org.synergies.compilations.Compilation.CurrencyTotal;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Figures;
import org.synergies.compilations.Compilation.Kind;
import org.synergies.compilations.Compilation.Line;
import org.synergies.compilations.Compilation.Row;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.AcceptedReports;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.ReportedActivities;
import org.synergies.reporting.ReportedActivities.AcceptedReport;
import org.synergies.reporting.ReportedActivities.FinancialLine;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;

/**
 * Adds up the accepted reports of a cycle. Money is converted to US dollars at the rates
 * the Secretariat entered for the cycle, each line keeping the rate it was converted at;
 * US dollars are counted as they are; any other currency without a rate stops the
 * compilation with the list of what is missing — never a silent zero. With an instrument,
 * only the activities tagged with it and the money that funds them count ("report once,
 * count many").
 */
@Component
public class FiguresCalculation {

	private final AcceptedReports accepted;

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	FiguresCalculation(AcceptedReports accepted, OrganizationManagement organizations, ReferenceData reference) {
		this.accepted = accepted;
		this.organizations = organizations;
		this.reference = reference;
	}

	public Compilation compile(UUID cycleId, @Nullable String instrument) {
		ReportedActivities reported = this.accepted.of(cycleId);
		if (instrument != null && this.reference.instrument(instrument).isEmpty()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("instrument", "validation.unknown-code", instrument)));
		}
		CycleView cycle = reported.cycle();
		Map<Compiled, AcceptedReport> reports = new TreeMap<>(
				Comparator.comparing(Compiled::organizationName, String.CASE_INSENSITIVE_ORDER)
					.thenComparing(compiled -> compiled.report().id()));
		for (AcceptedReport report : reported.reports()) {
			Optional<OrganizationView> organization = this.organizations.find(report.report().organization());
			reports.put(new Compiled(report.report(), organization.map(OrganizationView::officialName).orElse("?"),
					organization.map(OrganizationView::headquarters).orElse(null)), report);
		}

		List<Activity> activities = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		Set<String> missingRates = new TreeSet<>();
		BigDecimal staffMonths = BigDecimal.ZERO;
		for (Map.Entry<Compiled, AcceptedReport> each : reports.entrySet()) {
			Compiled compiled = each.getKey();
			Map<String, Activity> byId = new HashMap<>();
			for (ReportedActivities.Activity found : each.getValue().activities()) {
				Activity activity = activity(compiled, found);
				byId.put(activity.id(), activity);
				if (instrument == null || activity.tags(Dimension.INSTRUMENT).contains(instrument)) {
					activities.add(activity);
				}
			}
			for (FinancialLine line : each.getValue().lines()) {
				Activity funded = line.activity() == null ? null : byId.get(line.activity());
				boolean inScope = instrument == null
						|| funded != null && funded.tags(Dimension.INSTRUMENT).contains(instrument);
				if (!inScope) {
					continue;
				}
				boolean usd = ExchangeRate.US_DOLLAR.equals(line.currency());
				ExchangeRate rate = usd ? null : cycle.rates().get(line.currency());
				if (!usd && rate == null) {
					missingRates.add(line.currency());
					continue;
				}
				lines.add(new Line(compiled.report().id(), compiled.organizationName(), line.id(),
						line.inKind() ? Kind.IN_KIND : Kind.CASH, line.amount(), line.currency(),
						line.amount()
							.multiply(rate == null ? BigDecimal.ONE : rate.usdPerUnit())
							.setScale(2, RoundingMode.HALF_EVEN),
						funded == null ? null : funded.id(), funded == null ? null : funded.title(),
						funded == null ? Map.of() : funded.tags(), rate));
			}
			BigDecimal staff = each.getValue().staffMonths();
			if (instrument == null && staff != null) {
				staffMonths = staffMonths.add(staff);
			}
		}
		if (!missingRates.isEmpty()) {
			throw new RuleViolationException("compilation.rule.missing-rates", String.join(", ", missingRates));
		}
		return new Compilation(cycle, instrument, reported.template(), List.copyOf(reports.keySet()), lines, activities,
				figures(cycle, lines, activities, staffMonths));
	}

	private static Activity activity(Compiled compiled, ReportedActivities.Activity found) {
		Map<Dimension, Set<String>> tags = new EnumMap<>(Dimension.class);
		found.tags().forEach((tag, codes) -> tags.put(Dimension.valueOf(tag.name()), codes));
		return new Activity(compiled.report().id(), compiled.organizationName(), found.id(), found.title(), tags,
				found.countries());
	}

	private static Figures figures(CycleView cycle, List<Line> lines, List<Activity> activities,
			BigDecimal staffMonths) {
		BigDecimal cash = BigDecimal.ZERO;
		BigDecimal inKind = BigDecimal.ZERO;
		Map<String, BigDecimal[]> currencies = new TreeMap<>();
		for (Line line : lines) {
			BigDecimal[] byKind = currencies.computeIfAbsent(line.currency(),
					code -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			if (line.kind() == Kind.CASH) {
				cash = cash.add(line.usd());
				byKind[0] = byKind[0].add(line.amount());
			}
			else {
				inKind = inKind.add(line.usd());
				byKind[1] = byKind[1].add(line.amount());
			}
		}
		Map<Dimension, List<Row>> breakdowns = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			breakdowns.put(dimension, breakdown(dimension, lines, activities));
		}
		Set<String> countries = new HashSet<>();
		activities.forEach(activity -> countries.addAll(activity.countries()));
		Set<UUID> organizations = new LinkedHashSet<>();
		activities.forEach(activity -> organizations.add(activity.report()));
		lines.forEach(line -> organizations.add(line.report()));
		List<CurrencyTotal> totals = currencies.entrySet().stream().map(entry -> {
			ExchangeRate rate = ExchangeRate.US_DOLLAR.equals(entry.getKey()) ? null
					: cycle.rates().get(entry.getKey());
			return new CurrencyTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
					rate == null ? BigDecimal.ONE : rate.usdPerUnit(), rate);
		}).toList();
		return new Figures(cash, inKind, activities.size(), countries.size(), organizations.size(), staffMonths,
				breakdowns, totals);
	}

	private static List<Row> breakdown(Dimension dimension, List<Line> lines, List<Activity> activities) {
		Map<String, BigDecimal[]> money = new LinkedHashMap<>();
		Map<String, Integer> counted = new HashMap<>();
		for (Activity activity : activities) {
			for (String code : activity.tags(dimension)) {
				counted.merge(code, 1, Integer::sum);
				money.computeIfAbsent(code, key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			}
		}
		for (Line line : lines) {
			Set<String> codes = line.activity() == null ? Set.of("") : line.tags(dimension);
			for (String code : codes) {
				BigDecimal[] sums = money.computeIfAbsent(code,
						key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[line.kind() == Kind.CASH ? 0 : 1] = sums[line.kind() == Kind.CASH ? 0 : 1].add(line.usd());
			}
		}
		return money.entrySet()
			.stream()
			.map(entry -> new Row(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
					counted.getOrDefault(entry.getKey(), 0)))
			.sorted(Comparator.comparing((Row row) -> row.code().isEmpty())
				.thenComparing(Comparator.comparing(Row::totalUsd).reversed())
				.thenComparing(Row::code))
			.toList();
	}

}
