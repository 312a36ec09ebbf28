package org.synergies.reporting.internal;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.synergies.audit.AuditTrail;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.NotFoundException;

/**
 * Every change in reporting goes the same way: load, check the version the person saw,
 * let the aggregate guard its rule, save, audit — in the caller's transaction.
 */
@Component
class ReportingSteps {

	public static final String TEMPLATE = "reporting-template";

	public static final String CYCLE = "reporting-cycle";

	public static final String REPORT = "report";

	private final Templates templates;

	private final Cycles cycles;

	private final ReportRecords reports;

	private final TemplateJson json;

	private final AuditTrail audit;

	private final Map<UUID, Format> formats = new ConcurrentHashMap<>();

	ReportingSteps(Templates templates, Cycles cycles, ReportRecords reports, TemplateJson json, AuditTrail audit) {
		this.templates = templates;
		this.cycles = cycles;
		this.reports = reports;
		this.json = json;
		this.audit = audit;
	}

	public Templates templates() {
		return this.templates;
	}

	public Cycles cycles() {
		return this.cycles;
	}

	public ReportRecords reports() {
		return this.reports;
	}

	public TemplateJson json() {
		return this.json;
	}

	public TemplateView view(ReportingTemplate template) {
		return new TemplateView(template.id(), template.number(), template.status(),
				this.json.content(template.content()), template.adoptedBy(), template.adoptedOn(),
				template.submittedAt(), template.createdAt(), template.updatedAt(), template.version());
	}

	/** The report with its answers typed by its format (read once per format version). */
	public ReportView view(Report report) {
		ReportingTemplate template = template(report.templateId());
		TemplateContent format = this.formats
			.compute(template.id(), (id, known) -> known != null && known.version() == template.version() ? known
					: new Format(template.version(), this.json.content(template.content())))
			.content();
		return report.view(ReportAnswers.tidy(format, this.json.answers(report.answers())));
	}

	private record Format(long version, TemplateContent content) {
	}

	public ReportingTemplate template(UUID id) {
		return this.templates.findById(id).orElseThrow(() -> new NotFoundException(TEMPLATE, id));
	}

	public ReportingCycle cycle(UUID id) {
		return this.cycles.findById(id).orElseThrow(() -> new NotFoundException(CYCLE, id));
	}

	public Report report(UUID id) {
		return this.reports.findById(id).orElseThrow(() -> new NotFoundException(REPORT, id));
	}

	public ReportingCycle createCycle(ReportingCycle cycle) {
		ReportingCycle saved = this.cycles.save(cycle);
		this.audit.record(CYCLE, saved.id(), "opened", null, snapshot(saved));
		return saved;
	}

	public ReportingCycle changeCycle(UUID id, @Nullable Long expectedVersion, String action,
			Consumer<ReportingCycle> change) {
		ReportingCycle cycle = cycle(id);
		requireVersion(cycle.version(), expectedVersion);
		Object before = snapshot(cycle);
		change.accept(cycle);
		ReportingCycle saved = this.cycles.save(cycle);
		this.audit.record(CYCLE, id, action, before, snapshot(saved));
		return saved;
	}

	public ReportView createReport(Report report) {
		ReportView created = view(this.reports.save(report));
		this.audit.record(REPORT, created.id(), "started", null, created);
		return created;
	}

	public ReportView changeReport(UUID id, @Nullable Long expectedVersion, String action, Consumer<Report> change) {
		Report report = report(id);
		requireVersion(report.version(), expectedVersion);
		ReportView before = view(report);
		change.accept(report);
		ReportView after = view(this.reports.save(report));
		this.audit.record(REPORT, id, action, before, after);
		return after;
	}

	private static Object snapshot(ReportingCycle cycle) {
		return java.util.Map.of("meeting", cycle.meetingId().toString(), "template", cycle.templateId().toString(),
				"opensOn", cycle.opensOn().toString(), "deadline", cycle.deadline().toString(), "reminderDays",
				cycle.reminderDays(), "lateReminderDays", cycle.lateReminderDays(), "invited",
				cycle.invited().stream().map(UUID::toString).sorted().toList(), "rates", cycle.rates(), "extensions",
				cycle.extensions());
	}

	private static void requireVersion(long actual, @Nullable Long expected) {
		if (expected != null && !Objects.equals(actual, expected)) {
			throw new OptimisticLockingFailureException("stale version " + expected + ", now " + actual);
		}
	}

}
