package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.reporting.AcceptedReports;
import org.synergies.reporting.CycleRow;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.ReportedActivities;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.Answers;
import org.synergies.reporting.Answer;
import org.synergies.reporting.ReportedActivities.AcceptedReport;
import org.synergies.reporting.ReportedActivities.Activity;
import org.synergies.reporting.ReportedActivities.FinancialLine;
import org.synergies.reporting.ReportedActivities.Tag;
import org.synergies.shared.NotFoundException;

/** Reporting's answers to the compilation (see {@link AcceptedReports}). */
@Service
class CompilationSource implements AcceptedReports {

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	CompilationSource(ReportingSteps steps, ReportingCycles cycles) {
		this.steps = steps;
		this.cycles = cycles;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CycleView> cycle(UUID id) {
		return this.cycles.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CycleRow> overview(UUID cycleId) {
		return this.cycles.overview(cycleId);
	}

	@Override
	@Transactional(readOnly = true)
	public ReportedActivities of(UUID cycleId) {
		CycleView cycle = this.cycles.find(cycleId)
			.orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, cycleId));
		TemplateView template = this.steps.view(this.steps.template(cycle.template()));
		Roles roles = Roles.of(template.content());
		List<AcceptedReport> reports = this.steps.reports()
			.findByCycleId(cycleId)
			.stream()
			.filter(found -> found.status() == ReportStatus.ACCEPTED)
			.map(this.steps::view)
			.map(roles::read)
			.toList();
		return new ReportedActivities(cycle, template, reports);
	}

	/** Which fields of the format play which role. */
	private record Roles(@Nullable String activities, @Nullable String title, Map<Tag, String> tags,
			@Nullable String countries, @Nullable String lines, @Nullable String kind, @Nullable String amount,
			@Nullable String fundedActivity, @Nullable String staffMonths) {

		static Roles of(TemplateContent template) {
			Optional<TemplateField> activities = template.fieldWithRole(FieldRole.ACTIVITIES);
			Optional<TemplateField> lines = template.fieldWithRole(FieldRole.FINANCIAL_LINES);
			Map<Tag, String> tags = new EnumMap<>(Tag.class);
			activities.ifPresent(group -> {
				group.fieldWithRole(FieldRole.INSTRUMENTS).ifPresent(f -> tags.put(Tag.INSTRUMENT, f.key()));
				group.fieldWithRole(FieldRole.REGIONS).ifPresent(f -> tags.put(Tag.REGION, f.key()));
				group.fieldWithRole(FieldRole.SPECIES_GROUPS).ifPresent(f -> tags.put(Tag.SPECIES_GROUP, f.key()));
				group.fieldWithRole(FieldRole.TARGETS).ifPresent(f -> tags.put(Tag.TARGET, f.key()));
			});
			return new Roles(activities.map(TemplateField::key).orElse(null),
					child(activities, FieldRole.ACTIVITY_TITLE), tags, child(activities, FieldRole.COUNTRIES),
					lines.map(TemplateField::key).orElse(null), child(lines, FieldRole.FINANCE_KIND),
					child(lines, FieldRole.AMOUNT), child(lines, FieldRole.FUNDED_ACTIVITY),
					template.fieldWithRole(FieldRole.STAFF_MONTHS).map(TemplateField::key).orElse(null));
		}

		private static @Nullable String child(Optional<TemplateField> group, FieldRole role) {
			return group.flatMap(found -> found.fieldWithRole(role)).map(TemplateField::key).orElse(null);
		}

		AcceptedReport read(ReportView report) {
			BigDecimal staff = this.staffMonths == null ? null
					: report.answers().number(this.staffMonths).orElse(BigDecimal.ZERO);
			return new AcceptedReport(report, activities(report), lines(report), staff);
		}

		private List<Activity> activities(ReportView report) {
			if (this.activities == null) {
				return List.of();
			}
			List<Activity> found = new ArrayList<>();
			for (Answer.Entry entry : report.answers().entries(this.activities)) {
				Map<Tag, Set<String>> tagged = new EnumMap<>(Tag.class);
				this.tags.forEach((tag, key) -> tagged.put(tag, Set.copyOf(entry.codes(key))));
				String title = this.title == null ? null : entry.text(this.title).orElse(null);
				found.add(new Activity(entry.id(), title == null ? "" : title, tagged,
						this.countries == null ? Set.of() : Set.copyOf(entry.codes(this.countries))));
			}
			return found;
		}

		private List<FinancialLine> lines(ReportView report) {
			if (this.lines == null || this.amount == null) {
				return List.of();
			}
			List<FinancialLine> found = new ArrayList<>();
			for (Answer.Entry entry : report.answers().entries(this.lines)) {
				Optional<Answers.Money> money = entry.money(this.amount);
				if (money.isEmpty()) {
					continue;
				}
				boolean inKind = this.kind != null && entry.text(this.kind).filter("IN_KIND"::equals).isPresent();
				String activity = this.fundedActivity == null ? null : entry.text(this.fundedActivity).orElse(null);
				found
					.add(new FinancialLine(entry.id(), inKind, money.get().amount(), money.get().currency(), activity));
			}
			return found;
		}

	}

}
