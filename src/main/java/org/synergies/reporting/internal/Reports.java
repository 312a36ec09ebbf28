package org.synergies.reporting.internal;

import org.synergies.reporting.Visibility;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.ReportSubmitted;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.CycleView;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.files.StoredFile;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The NGO's side of reporting: start a report (empty, or from the organization's previous
 * one), save drafts as often as wished (what is typed is kept, even where it is not valid
 * yet), upload files, ask a colleague to contribute, submit when complete. After the
 * deadline the report is locked unless the Secretariat granted an extension.
 */
@Service
public class Reports {

	/**
	 * What an invitation to contribute to a report is about, for the organizations
	 * module.
	 */
	public static final String REPORT_SUBJECT = "report";

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	private final ReportDeadlines deadlines;

	private final AnswerChecks checks;

	private final ReportFiles files;

	private final ColleagueRequests colleagues;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reports(ReportingSteps steps, ReportingCycles cycles, ReportDeadlines deadlines, AnswerChecks checks,
			ReportFiles files, ColleagueRequests colleagues, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.cycles = cycles;
		this.deadlines = deadlines;
		this.checks = checks;
		this.files = files;
		this.colleagues = colleagues;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The report as the current person may read it: whole for its organization's members
	 * and the Secretariat, {@linkplain ReportView#asPublished() as published} for anyone
	 * else.
	 */
	@Transactional(readOnly = true)
	public Optional<ReportView> find(UUID id) {
		return this.steps.reports().findById(id).map(this.steps::view).map(Reports::shaped);
	}

	@Transactional(readOnly = true)
	public Optional<ReportView> of(UUID cycle, UUID organization) {
		return this.steps.reports()
			.findByCycleIdAndOrganizationId(cycle, organization)
			.map(this.steps::view)
			.map(Reports::shaped);
	}

	/** The reports of these organizations, most recently changed first. */
	@Transactional(readOnly = true)
	public List<ReportView> ofOrganizations(Collection<UUID> organizations) {
		if (organizations.isEmpty()) {
			return List.of();
		}
		return this.steps.reports()
			.findByOrganizationIdInOrderByUpdatedAtDesc(organizations)
			.stream()
			.map(this.steps::view)
			.map(Reports::shaped)
			.toList();
	}

	/**
	 * Accepted reports the Secretariat published, most recent first, as published: anyone
	 * reads them.
	 */
	@Transactional(readOnly = true)
	public List<ReportView> published() {
		return this.steps.reports()
			.findByStatusAndVisibilityOrderByUpdatedAtDesc(ReportStatus.ACCEPTED, Visibility.PUBLIC)
			.stream()
			.map(this.steps::view)
			.map(ReportView::asPublished)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ReportView> ofCycle(UUID cycle) {
		return this.steps.reports().findByCycleId(cycle).stream().map(this.steps::view).map(Reports::shaped).toList();
	}

	/** The template a report is written against. */
	@Transactional(readOnly = true)
	public TemplateView templateOf(ReportView report) {
		return this.steps.view(this.steps.template(report.template()));
	}

	/** The organization's latest report of an earlier cycle, to start from. */
	@Transactional(readOnly = true)
	public Optional<ReportView> previous(UUID organization, UUID cycle) {
		return this.steps.reports()
			.findByOrganizationIdOrderByCreatedAtDesc(organization)
			.stream()
			.filter(report -> !report.cycleId().equals(cycle))
			.findFirst()
			.map(this.steps::view);
	}

	/**
	 * Starts the organization's report for a cycle; refused before the cycle opens, after
	 * its deadline, or for an organization neither accredited nor invited. With
	 * {@code fromPrevious}, the answers of its previous report are copied where the
	 * template still has the same field.
	 */
	@Transactional
	public ReportView start(UUID cycleId, UUID organization, boolean fromPrevious) {
		CycleView cycle = this.deadlines.cycle(cycleId);
		this.deadlines.of(cycle, organization).requireOpen();
		if (!this.cycles.expected(cycle).contains(organization)) {
			throw new RuleViolationException("report.rule.not-expected", this.cycles.meetingName(cycle));
		}
		if (this.steps.reports().findByCycleIdAndOrganizationId(cycleId, organization).isPresent()) {
			throw new RuleViolationException("report.rule.exists", this.cycles.meetingName(cycle));
		}
		TemplateContent template = this.steps.view(this.steps.template(cycle.template())).content();
		if (!fromPrevious) {
			return this.steps.createReport(Report.start(cycleId, organization, cycle.template(),
					this.steps.json().write(Map.of()), null, now()));
		}
		ReportView previous = previous(organization, cycleId)
			.orElseThrow(() -> new RuleViolationException("report.rule.no-previous"));
		// the previous report's files come along only where they belong to it
		ReportAnswers answers = ReportAnswers.tidy(template, previous.answers().stored())
			.keepingOnlyFiles(file -> this.files.belongsTo(file, previous.id()));
		Report report = Report.start(cycleId, organization, cycle.template(), this.steps.json().write(answers.stored()),
				previous.id(), now());
		this.files.carryForward(answers, previous.id(), report.id());
		return this.steps.createReport(report);
	}

	/**
	 * Saves the answers as typed (a draft). Returns what is already wrong with them — a
	 * number that is not one, an unknown currency — without refusing to keep them. A file
	 * answer may only name a file uploaded to this report (or carried forward to it): any
	 * other id refuses the whole save, and what was saved before stays as it was.
	 */
	@Transactional
	public Saved save(UUID id, long version, Map<String, ?> answers) {
		Report report = this.steps.report(id);
		ReportingDeadline deadline = this.deadlines.of(report);
		report.require(ReportAction.SAVE, deadline);
		TemplateContent template = template(report);
		ReportAnswers tidy = ReportAnswers.tidy(template, answers)
			.keepingFilesOf(template, this.steps.view(report).answers());
		String json = this.steps.json().write(tidy.stored());
		ReportView saved = this.steps.changeReport(id, version, "saved",
				found -> found.write(json, format(id, template), deadline, now()));
		return new Saved(saved, this.checks.check(template, tidy, false));
	}

	/** A saved draft and what is already wrong in it. */
	public record Saved(ReportView report, List<FieldProblem> problems) {
	}

	/**
	 * Uploads a file for a file field (at the top level, or in a group entry); the file
	 * is kept and the answer points to it.
	 * @param path {@code fieldKey} or {@code groupKey[entryId].fieldKey}
	 */
	@Transactional
	public ReportView attach(UUID id, String path, String fileName, byte[] content) {
		Report report = this.steps.report(id);
		ReportingDeadline deadline = this.deadlines.of(report);
		report.require(ReportAction.SAVE, deadline);
		TemplateContent template = template(report);
		ReportAnswers answers = this.files.attach(id, template, this.steps.view(report).answers(), path, fileName,
				content);
		// in the format's order, as every save writes them
		String json = this.steps.json().write(ReportAnswers.tidy(template, answers.stored()).stored());
		return this.steps.changeReport(id, null, "file-attached",
				found -> found.write(json, format(id, template), deadline, now()));
	}

	/**
	 * A file of the report: uploaded to it (or carried forward to it) — the server's
	 * link, never the answers' word alone — and still one of its answers.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID id, UUID file) {
		ReportView report = find(id).orElseThrow(() -> new NotFoundException(ReportingSteps.REPORT, id));
		return this.files.find(report, file);
	}

	/** The content of a file of the report (see {@link #file}). */
	@Transactional(readOnly = true)
	public byte[] content(UUID id, UUID file) {
		return this.files.content(file(id, file).orElseThrow(() -> new NotFoundException("file", file)));
	}

	/**
	 * Hands the report in: every required field filled, every value valid; refused after
	 * the deadline unless extended.
	 */
	@Transactional
	public ReportView submit(UUID id, @Nullable Long version) {
		Report report = this.steps.report(id);
		CycleView cycle = this.deadlines.cycleOf(report);
		ReportingDeadline deadline = this.deadlines.of(cycle, report.organizationId());
		TemplateContent template = template(report);
		ReportView submitted = this.steps.changeReport(id, version, "submitted",
				found -> found.submit(format(id, template), deadline, now()));
		this.events.publishEvent(new ReportSubmitted(id, submitted.organization(), cycle.id(), cycle.meetingCode(),
				submitted.version()));
		return submitted;
	}

	/**
	 * What the current moment allows with the report (the deadline as it stands for its
	 * organization today): for pages, which ask instead of deciding themselves.
	 */
	@Transactional(readOnly = true)
	public ReportActions actions(UUID id) {
		Report report = this.steps.report(id);
		return ReportActions.of(report, this.deadlines.of(report));
	}

	/**
	 * Asks a colleague to contribute: they are invited to join the organization and, once
	 * they accept, they are a member and a contributor of the report. Nobody's account
	 * changes before that; the e-mail shows the requester's message as theirs.
	 * @throws org.synergies.shared.TooManyRequestsException beyond the requester's quota
	 */
	public MembershipInvitationView askColleague(UUID id, String email, String name, Language language,
			@Nullable String message) {
		return this.colleagues.ask(id, email, name, language, message);
	}

	/** The invitations to contribute to the report, newest first. */
	@Transactional(readOnly = true)
	public List<MembershipInvitationView> colleagueInvitations(UUID id) {
		return this.colleagues.invitations(id);
	}

	private static ReportView shaped(ReportView report) {
		boolean insider = CurrentUser.get()
			.map(user -> user.isSecretariat() || user.isMemberOf(report.organization()))
			.orElse(false);
		return insider ? report : report.asPublished();
	}

	private ReportFormat format(UUID id, TemplateContent template) {
		return new TemplateFormat(template, this.steps.json(), this.checks, this.files, id);
	}

	private TemplateContent template(Report report) {
		return this.steps.view(this.steps.template(report.templateId())).content();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
