package org.synergies.reporting.internal;

import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.CycleRow;
import org.synergies.reporting.Answers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationStatus;
import org.synergies.accreditation.AccreditationView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingNames;
import org.synergies.shared.Phrase;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Reporting cycles: the Secretariat opens one for a governing-body meeting under the
 * template in force, invites partners besides the accredited NGOs (who must report),
 * enters the exchange rates of the compilation and grants extensions; and follows each
 * organization's report.
 */
@Service
public class ReportingCycles {

	private final ReportingSteps steps;

	private final ReportingTemplates templates;

	private final GoverningBodies bodies;

	private final MeetingNames names;

	private final AccreditationRegister register;

	private final OrganizationManagement organizations;

	private final ReportingInterval interval;

	private final Clock clock;

	ReportingCycles(ReportingSteps steps, ReportingTemplates templates, GoverningBodies bodies,
			AccreditationRegister register, OrganizationManagement organizations, ReportingInterval interval,
			Clock clock, MeetingNames names) {
		this.interval = interval;
		this.names = names;
		this.steps = steps;
		this.templates = templates;
		this.bodies = bodies;
		this.register = register;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** The meeting of a cycle as sentences name it ("la 14e session … (COP14)"). */
	public Phrase meetingName(CycleView cycle) {
		return this.names.the(cycle.meetingCode());
	}

	/** Newest deadline first. */
	@Transactional(readOnly = true)
	public List<CycleView> cycles() {
		return this.steps.cycles().findAllByOrderByDeadlineDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CycleView> find(UUID id) {
		return this.steps.cycles().findById(id).map(this::view);
	}

	/** The cycles an organization may report in today (open, or extended for it). */
	@Transactional(readOnly = true)
	public List<CycleView> openFor(UUID organization) {
		LocalDate today = today();
		return cycles().stream()
			.filter(cycle -> ReportingDeadline.of(cycle, organization, today).isOpen())
			.filter(cycle -> expected(cycle).contains(organization))
			.toList();
	}

	/**
	 * Opens a cycle for a meeting under the template in force; one cycle per meeting. The
	 * deadline is a date, or a number of weeks before the meeting.
	 */
	@Transactional
	public CycleView open(NewCycle cycle) {
		TemplateView template = this.templates.inForce()
			.orElseThrow(() -> new RuleViolationException("cycle.rule.no-template"));
		CycleSchedule schedule = CycleSchedule.of(cycle, this.bodies, this.names);
		if (this.steps.cycles().findByMeetingId(schedule.meeting().id()).isPresent()) {
			throw new RuleViolationException("cycle.rule.one-per-meeting", this.names.the(schedule.meeting().code()));
		}
		return view(this.steps.createCycle(ReportingCycle.open(schedule.meeting().id(), template.id(),
				schedule.opensOn(), schedule.deadline(), schedule.reminders(), schedule.lateReminders(), now())));
	}

	/**
	 * Changes the dates and reminders of a cycle; reminders not given stay as they were.
	 */
	@Transactional
	public CycleView reschedule(UUID id, long version, NewCycle cycle) {
		ReportingCycle existing = this.steps.cycle(id);
		CycleView current = view(existing);
		CycleSchedule schedule = CycleSchedule.of(
				new NewCycle(existing.meetingId(), cycle.opensOn(), cycle.deadline(), cycle.weeksBeforeMeeting(),
						cycle.reminderDays() == null ? current.reminderDays() : cycle.reminderDays(),
						cycle.lateReminderDays() == null ? current.lateReminderDays() : cycle.lateReminderDays()),
				this.bodies, this.names);
		return view(this.steps.changeCycle(id, version, "rescheduled", found -> found.reschedule(schedule.opensOn(),
				schedule.deadline(), schedule.reminders(), schedule.lateReminders(), now())));
	}

	@Transactional
	public CycleView invite(UUID id, UUID organization) {
		OrganizationView invited = this.organizations.find(organization)
			.orElseThrow(() -> new NotFoundException("organization", organization));
		if (invited.status() != org.synergies.organizations.OrganizationStatus.ACTIVE) {
			throw new RuleViolationException("cycle.rule.invite-active");
		}
		return view(this.steps.changeCycle(id, null, "invited", cycle -> cycle.invite(organization, now())));
	}

	@Transactional
	public CycleView uninvite(UUID id, UUID organization) {
		return view(this.steps.changeCycle(id, null, "uninvited", cycle -> cycle.uninvite(organization, now())));
	}

	/**
	 * Sets the exchange rates (US dollars for one unit) the compilation uses, as UN
	 * operational rates of exchange of the current month; replaces those set before.
	 * {@link org.synergies.reporting.internal.CycleRates} enters rates from another
	 * source or month.
	 */
	@Transactional
	public CycleView setRates(UUID id, Map<String, BigDecimal> rates) {
		List<ExchangeRate> entered = RateEntries.check(rates, RateOrigin.unOperational(YearMonth.from(today())),
				today(), CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat"), now());
		return view(this.steps.changeCycle(id, null, "rates-set", cycle -> cycle.setRates(entered, now())));
	}

	/** Gives an organization until a later date to save and submit its report. */
	@Transactional
	public CycleView extend(UUID id, UUID organization, @Nullable LocalDate until) {
		ReportingCycle cycle = this.steps.cycle(id);
		if (until == null) {
			throw new InvalidInputException(List.of(new FieldProblem("until", "validation.required")));
		}
		if (!until.isAfter(cycle.deadline()) || until.isBefore(today())) {
			throw new InvalidInputException(List.of(new FieldProblem("until", "cycle.rule.extension-after-deadline")));
		}
		String grantedBy = CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat");
		return view(this.steps.changeCycle(id, null, "extended",
				found -> found.extend(organization, until, grantedBy, now())));
	}

	/**
	 * Those who must report (accredited NGO partners) and those invited, in that order.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> expected(CycleView cycle) {
		Set<UUID> expected = new LinkedHashSet<>(mustReport(cycle));
		expected.addAll(cycle.invited());
		return expected;
	}

	/**
	 * Accredited NGO partners whose accreditation (active or suspended) overlaps the
	 * cycle and whose last report is older than the process's reporting interval
	 * ({@link ReportingInterval}): they must report.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> mustReport(CycleView cycle) {
		Set<UUID> must = new LinkedHashSet<>();
		Integer months = this.interval.months().orElse(null);
		for (AccreditationView accreditation : this.register.all()) {
			if (accreditation.status() != AccreditationStatus.WITHDRAWN
					&& !accreditation.validFrom().isAfter(cycle.deadline())
					&& !accreditation.validUntil().isBefore(cycle.opensOn()) && (months == null || !this.interval
						.reportedWithin(months, accreditation.organization(), cycle.id(), cycle.deadline()))) {
				must.add(accreditation.organization());
			}
		}
		return must;
	}

	/** Every organization expected or reporting in the cycle, with its progress. */
	@Transactional(readOnly = true)
	public List<CycleRow> overview(UUID id) {
		CycleView cycle = find(id).orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, id));
		Set<UUID> must = mustReport(cycle);
		Map<UUID, Report> reports = new HashMap<>();
		this.steps.reports().findByCycleId(id).forEach(report -> reports.put(report.organizationId(), report));
		Set<UUID> all = new LinkedHashSet<>(must);
		all.addAll(cycle.invited());
		all.addAll(reports.keySet());
		LocalDate today = today();
		List<CycleRow> rows = new ArrayList<>();
		for (UUID organization : all) {
			Report report = reports.get(organization);
			ReportView view = report == null ? null : this.steps.view(report);
			CycleRow.Progress progress = view == null ? CycleRow.Progress.NOT_STARTED
					: CycleRow.Progress.valueOf(view.status().name());
			ReportingDeadline deadline = ReportingDeadline.of(cycle, organization, today);
			boolean late = deadline.isPast() && (view == null || !view.status().isHandedIn());
			Optional<OrganizationView> found = this.organizations.find(organization);
			String name = found.map(OrganizationView::officialName).orElse("?");
			rows.add(new CycleRow(organization, name, found.map(OrganizationView::headquarters).orElse(null),
					must.contains(organization), cycle.invited().contains(organization),
					view == null ? null : view.id(), progress, late, view == null ? null : view.submittedAt(),
					deadline.closesOn(), view == null ? null : view.visibility()));
		}
		rows.sort(Comparator.comparing(CycleRow::organizationName, String.CASE_INSENSITIVE_ORDER));
		return rows;
	}

	/**
	 * Accredited NGO partners that missed a deadline: no report handed in and the
	 * deadline (or its extension) passed.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, CycleView> overdue() {
		Map<UUID, CycleView> overdue = new LinkedHashMap<>();
		LocalDate today = today();
		for (CycleView cycle : cycles()) {
			if (!today.isAfter(cycle.deadline())) {
				continue;
			}
			Map<UUID, Report> reports = new HashMap<>();
			this.steps.reports()
				.findByCycleId(cycle.id())
				.forEach(report -> reports.put(report.organizationId(), report));
			for (UUID organization : mustReport(cycle)) {
				Report report = reports.get(organization);
				boolean handedIn = report != null && report.status().isHandedIn();
				if (!handedIn && ReportingDeadline.of(cycle, organization, today).isPast()) {
					overdue.putIfAbsent(organization, cycle);
				}
			}
		}
		return overdue;
	}

	CycleView view(ReportingCycle cycle) {
		MeetingView meeting = this.bodies.meeting(cycle.meetingId())
			.orElseThrow(() -> new NotFoundException("meeting", cycle.meetingId()));
		int templateNumber = this.steps.template(cycle.templateId()).number();
		return new CycleView(cycle.id(), meeting.id(), meeting.code(), meeting.startsOn(), cycle.templateId(),
				templateNumber, cycle.opensOn(), cycle.deadline(), cycle.reminderDays(), cycle.lateReminderDays(),
				cycle.invited(), cycle.rates(), cycle.extensions(), cycle.version());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
