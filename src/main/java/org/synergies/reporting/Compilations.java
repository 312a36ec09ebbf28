package org.synergies.reporting;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.Compilation.Activity;
import org.synergies.reporting.Compilation.Compiled;
import org.synergies.reporting.Compilation.CurrencyTotal;
import org.synergies.reporting.Compilation.Dimension;
import org.synergies.reporting.Compilation.Figures;
import org.synergies.reporting.Compilation.Kind;
import org.synergies.reporting.Compilation.Line;
import org.synergies.reporting.Compilation.Row;
import org.synergies.reporting.internal.ReportingSteps;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Adds up the accepted reports of a cycle. Money is converted to US dollars at the rates
 * the Secretariat entered for the cycle; a currency without a rate stops the compilation
 * with the list of what is missing — never a silent zero. With an instrument, only the
 * activities tagged with it and the money that funds them count ("report once, count
 * many").
 */
@Service
public class Compilations {

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	Compilations(ReportingSteps steps, ReportingCycles cycles, OrganizationManagement organizations,
			ReferenceData reference) {
		this.steps = steps;
		this.cycles = cycles;
		this.organizations = organizations;
		this.reference = reference;
	}

	@Transactional(readOnly = true)
	public Compilation compile(UUID cycleId, @Nullable String instrument) {
		CycleView cycle = this.cycles.find(cycleId)
			.orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, cycleId));
		if (instrument != null && this.reference.instrument(instrument).isEmpty()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("instrument", "validation.unknown-code", instrument)));
		}
		TemplateView template = this.steps.view(this.steps.template(cycle.template()));
		Roles roles = Roles.of(template.content());
		List<Compiled> reports = new ArrayList<>();
		for (ReportView report : this.steps.reports()
			.findByCycleId(cycleId)
			.stream()
			.filter(found -> found.status() == ReportStatus.ACCEPTED)
			.map(this.steps::view)
			.toList()) {
			Optional<OrganizationView> organization = this.organizations.find(report.organization());
			reports.add(new Compiled(report, organization.map(OrganizationView::officialName).orElse("?"),
					organization.map(OrganizationView::headquarters).orElse(null)));
		}
		reports.sort(Comparator.comparing(Compiled::organizationName, String.CASE_INSENSITIVE_ORDER));

		List<Activity> activities = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		Set<String> missingRates = new TreeSet<>();
		BigDecimal staffMonths = BigDecimal.ZERO;
		for (Compiled compiled : reports) {
			Map<String, Activity> byId = new HashMap<>();
			for (Activity activity : roles.activities(compiled)) {
				byId.put(activity.id(), activity);
				if (instrument == null || activity.tags(Dimension.INSTRUMENT).contains(instrument)) {
					activities.add(activity);
				}
			}
			for (Answer.Entry entry : roles.lines(compiled.report())) {
				Optional<Answers.Money> money = entry.money(roles.amount);
				Kind kind = entry.text(roles.kind).filter(Compilation.Kind.IN_KIND.name()::equals).isPresent()
						? Kind.IN_KIND : Kind.CASH;
				if (money.isEmpty()) {
					continue;
				}
				String activityId = roles.fundedActivity == null ? null : entry.text(roles.fundedActivity).orElse(null);
				Activity funded = activityId == null ? null : byId.get(activityId);
				boolean inScope = instrument == null
						|| funded != null && funded.tags(Dimension.INSTRUMENT).contains(instrument);
				if (!inScope) {
					continue;
				}
				BigDecimal rate = cycle.rates().get(money.get().currency());
				if (rate == null) {
					missingRates.add(money.get().currency());
					continue;
				}
				lines.add(new Line(compiled.report().id(), compiled.organizationName(), entry.id(), kind,
						money.get().amount(), money.get().currency(),
						money.get().amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN),
						funded == null ? null : funded.id(), funded == null ? null : funded.title(),
						funded == null ? Map.of() : funded.tags()));
			}
			if (instrument == null && roles.staffMonths != null) {
				staffMonths = staffMonths
					.add(compiled.report().answers().number(roles.staffMonths).orElse(BigDecimal.ZERO));
			}
		}
		if (!missingRates.isEmpty()) {
			throw new RuleViolationException("compilation.rule.missing-rates", String.join(", ", missingRates));
		}
		return new Compilation(cycle, instrument, template, reports, lines, activities,
				figures(cycle, reports, lines, activities, staffMonths));
	}

	private static Figures figures(CycleView cycle, List<Compiled> reports, List<Line> lines, List<Activity> activities,
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
		List<CurrencyTotal> totals = currencies.entrySet()
			.stream()
			.map(entry -> new CurrencyTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
					cycle.rates().get(entry.getKey())))
			.toList();
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

	/** Which fields of the template play which role in the figures. */
	private record Roles(@Nullable String activities, @Nullable String title, Map<Dimension, String> tags,
			@Nullable String countries, @Nullable String lines, @Nullable String kind, @Nullable String amount,
			@Nullable String fundedActivity, @Nullable String staffMonths) {

		static Roles of(TemplateContent template) {
			Optional<TemplateField> activities = template.fieldWithRole(FieldRole.ACTIVITIES);
			Optional<TemplateField> lines = template.fieldWithRole(FieldRole.FINANCIAL_LINES);
			Map<Dimension, String> tags = new EnumMap<>(Dimension.class);
			activities.ifPresent(group -> {
				group.fieldWithRole(FieldRole.INSTRUMENTS).ifPresent(f -> tags.put(Dimension.INSTRUMENT, f.key()));
				group.fieldWithRole(FieldRole.REGIONS).ifPresent(f -> tags.put(Dimension.REGION, f.key()));
				group.fieldWithRole(FieldRole.SPECIES_GROUPS)
					.ifPresent(f -> tags.put(Dimension.SPECIES_GROUP, f.key()));
				group.fieldWithRole(FieldRole.TARGETS).ifPresent(f -> tags.put(Dimension.TARGET, f.key()));
			});
			return new Roles(activities.map(TemplateField::key).orElse(null),
					activities.flatMap(group -> group.fieldWithRole(FieldRole.ACTIVITY_TITLE))
						.map(TemplateField::key)
						.orElse(null),
					tags,
					activities.flatMap(group -> group.fieldWithRole(FieldRole.COUNTRIES))
						.map(TemplateField::key)
						.orElse(null),
					lines.map(TemplateField::key).orElse(null),
					lines.flatMap(group -> group.fieldWithRole(FieldRole.FINANCE_KIND))
						.map(TemplateField::key)
						.orElse(null),
					lines.flatMap(group -> group.fieldWithRole(FieldRole.AMOUNT)).map(TemplateField::key).orElse(null),
					lines.flatMap(group -> group.fieldWithRole(FieldRole.FUNDED_ACTIVITY))
						.map(TemplateField::key)
						.orElse(null),
					template.fieldWithRole(FieldRole.STAFF_MONTHS).map(TemplateField::key).orElse(null));
		}

		List<Activity> activities(Compiled compiled) {
			if (this.activities == null) {
				return List.of();
			}
			List<Activity> found = new ArrayList<>();
			for (Answer.Entry entry : compiled.report().answers().entries(this.activities)) {
				Map<Dimension, Set<String>> tagged = new EnumMap<>(Dimension.class);
				this.tags.forEach((dimension, key) -> tagged.put(dimension, Set.copyOf(entry.codes(key))));
				String title = this.title == null ? null : entry.text(this.title).orElse(null);
				found.add(new Activity(compiled.report().id(), compiled.organizationName(), entry.id(),
						title == null ? "" : title, tagged,
						this.countries == null ? Set.of() : Set.copyOf(entry.codes(this.countries))));
			}
			return found;
		}

		List<Answer.Entry> lines(ReportView report) {
			return this.lines == null || this.amount == null ? List.of() : report.answers().entries(this.lines);
		}

	}

}
