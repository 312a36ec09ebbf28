package org.synergies.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.organizations.OrganizationMail;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.organizations.OrganizationInvitations;
import org.synergies.reporting.internal.AnswerChecks;
import org.synergies.reporting.internal.Report;
import org.synergies.reporting.internal.ReportingSteps;
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

	private static final Set<FileKind> FILE_KINDS = EnumSet.allOf(FileKind.class);

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	private final AnswerChecks checks;

	private final StoredFiles files;

	private final OrganizationInvitations invitations;

	private final AccountManagement accounts;

	private final OrganizationMail mail;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Reports(ReportingSteps steps, ReportingCycles cycles, AnswerChecks checks, StoredFiles files,
			OrganizationInvitations invitations, AccountManagement accounts, OrganizationMail mail,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.steps = steps;
		this.cycles = cycles;
		this.checks = checks;
		this.files = files;
		this.invitations = invitations;
		this.accounts = accounts;
		this.mail = mail;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
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
		CycleView cycle = this.cycles.find(cycleId)
			.orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, cycleId));
		requireOpen(cycle, organization);
		if (!this.cycles.expected(cycle).contains(organization)) {
			throw new RuleViolationException("report.rule.not-expected", cycle.meetingCode());
		}
		if (this.steps.reports().findByCycleIdAndOrganizationId(cycleId, organization).isPresent()) {
			throw new RuleViolationException("report.rule.exists", cycle.meetingCode());
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
			.keepingOnlyFiles(file -> belongsTo(file, previous.id()));
		Report report = Report.start(cycleId, organization, cycle.template(), this.steps.json().write(answers.stored()),
				previous.id(), now());
		for (ReportAnswers.FileAnswer file : answers.files()) {
			this.files.carryForward(UUID.fromString(file.id()), owner(previous.id()), owner(report.id()));
		}
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
		requireOpen(cycle(report), report.organizationId());
		TemplateContent template = template(report);
		ReportAnswers typed = ReportAnswers.tidy(template, answers);
		requireOwnFiles(id, typed);
		ReportAnswers tidy = typed.keepingFilesOf(template, this.steps.view(report).answers());
		String json = this.steps.json().write(tidy.stored());
		ReportView saved = this.steps.changeReport(id, version, "saved", found -> found.write(json, now()));
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
		requireOpen(cycle(report), report.organizationId());
		TemplateContent template = template(report);
		ReportAnswers answers = this.steps.view(report).answers();
		FilePath target = FilePath.parse(path, template)
			.orElseThrow(
					() -> new InvalidInputException(List.of(new FieldProblem(path, "report.rule.no-such-file-field"))));
		StoredFile stored = this.files.keep(fileName, content, FILE_KINDS, owner(id));
		Answer.File file = new Answer.File(stored.id().toString(), fileName);
		// in the format's order, as every save writes them
		String json = this.steps.json()
			.write(ReportAnswers.tidy(template, target.put(answers, file).stored()).stored());
		return this.steps.changeReport(id, null, "file-attached", found -> found.write(json, now()));
	}

	/**
	 * A file of the report: uploaded to it (or carried forward to it) — the server's
	 * link, never the answers' word alone — and still one of its answers.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID id, UUID file) {
		ReportView report = find(id).orElseThrow(() -> new NotFoundException(ReportingSteps.REPORT, id));
		boolean answered = report.answers().files().stream().anyMatch(answer -> answer.id().equals(file.toString()));
		return answered ? this.files.findFor(file, owner(id)) : Optional.empty();
	}

	/** The content of a file of the report (see {@link #file}). */
	@Transactional(readOnly = true)
	public byte[] content(UUID id, UUID file) {
		StoredFile stored = file(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return this.files.content(stored.id());
	}

	/**
	 * Hands the report in: every required field filled, every value valid; refused after
	 * the deadline unless extended.
	 */
	@Transactional
	public ReportView submit(UUID id, @Nullable Long version) {
		Report report = this.steps.report(id);
		CycleView cycle = cycle(report);
		requireOpen(cycle, report.organizationId());
		TemplateContent template = template(report);
		List<FieldProblem> problems = this.checks.check(template, this.steps.view(report).answers(), true);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ReportView submitted = this.steps.changeReport(id, version, "submitted", found -> found.submit(now()));
		this.events.publishEvent(new ReportSubmitted(id, submitted.organization(), cycle.id(), cycle.meetingCode(),
				submitted.version()));
		return submitted;
	}

	/**
	 * Asks a colleague to contribute: they are invited to join the organization and, once
	 * they accept, they are a member and a contributor of the report. Nobody's account
	 * changes before that; the e-mail shows the requester's message as theirs.
	 * @throws org.synergies.shared.TooManyRequestsException beyond the requester's quota
	 */
	public MembershipInvitationView askColleague(UUID id, String email, String name, Language language,
			@Nullable String message) {
		Report report = this.steps.report(id);
		requireOpen(cycle(report), report.organizationId());
		// the quota's own short transaction first: concurrent requests wait only for it
		this.invitations.admit(email, message, id);
		MembershipInvitationView invitation = this.transactions
			.execute(status -> invite(id, email, name, language, message));
		return Objects.requireNonNull(invitation);
	}

	private MembershipInvitationView invite(UUID id, String email, @Nullable String name, Language language,
			@Nullable String message) {
		Report report = this.steps.report(id);
		CycleView cycle = cycle(report);
		requireOpen(cycle, report.organizationId());
		MembershipInvitationView invitation = this.invitations.invite(report.organizationId(), email,
				name == null ? "" : name, language, message, REPORT_SUBJECT, id);
		AccountView colleague = this.accounts.find(invitation.account()).orElseThrow();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("meeting", cycle.meetingCode());
		variables.put("deadline", cycle.deadlineFor(report.organizationId()));
		variables.put("asker", invitation.requesterName());
		variables.put("quoted", quoted(invitation.message()));
		variables.put("newAccount", invitation.newAccount());
		variables.put("expires", LocalDate.ofInstant(invitation.expiresAt(), java.time.ZoneOffset.UTC));
		this.mail.sendTo(colleague, report.organizationId(), "reporting-colleague", "/account/invitations", variables,
				List.of());
		return invitation;
	}

	/** The invitations to contribute to the report, newest first. */
	@Transactional(readOnly = true)
	public List<MembershipInvitationView> colleagueInvitations(UUID id) {
		return this.invitations.about(REPORT_SUBJECT, id);
	}

	/** The requester's words, each line quoted as in a reply, so they read as theirs. */
	private static String quoted(@Nullable String message) {
		if (message == null || message.isBlank()) {
			return "";
		}
		return message.lines().map(line -> "> " + line).collect(java.util.stream.Collectors.joining("\n"));
	}

	private static ReportView shaped(ReportView report) {
		boolean insider = CurrentUser.get()
			.map(user -> user.isSecretariat() || user.isMemberOf(report.organization()))
			.orElse(false);
		return insider ? report : report.asPublished();
	}

	private void requireOwnFiles(UUID id, ReportAnswers answers) {
		List<FieldProblem> problems = answers.files()
			.stream()
			.filter(file -> !belongsTo(file.id(), id))
			.map(file -> new FieldProblem(file.path(), "report.rule.foreign-file"))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private boolean belongsTo(String file, UUID report) {
		try {
			return this.files.belongsTo(UUID.fromString(file), owner(report));
		}
		catch (IllegalArgumentException notAnId) {
			return false;
		}
	}

	private static FileOwner owner(UUID report) {
		return new FileOwner(ReportingSteps.REPORT, report);
	}

	private void requireOpen(CycleView cycle, UUID organization) {
		LocalDate today = LocalDate.now(this.clock);
		if (today.isBefore(cycle.opensOn())) {
			throw new RuleViolationException("report.rule.not-open-yet", cycle.opensOn());
		}
		if (today.isAfter(cycle.deadlineFor(organization))) {
			throw new RuleViolationException("report.rule.locked", cycle.deadlineFor(organization));
		}
	}

	private CycleView cycle(Report report) {
		return this.cycles.find(report.cycleId())
			.orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, report.cycleId()));
	}

	private TemplateContent template(Report report) {
		return this.steps.view(this.steps.template(report.templateId())).content();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** Where a file goes: a top-level field, or a field of one entry of a group. */
	private record FilePath(String field, @Nullable String group, @Nullable String entry) {

		static Optional<FilePath> parse(String path, TemplateContent template) {
			java.util.regex.Matcher grouped = java.util.regex.Pattern.compile("(\\w+)\\[([\\w-]+)\\]\\.(\\w+)")
				.matcher(path);
			if (grouped.matches()) {
				return template.field(grouped.group(1))
					.flatMap(group -> group.field(grouped.group(3)))
					.filter(field -> field.type() == FieldType.FILE)
					.map(field -> new FilePath(field.key(), grouped.group(1), grouped.group(2)));
			}
			return template.field(path)
				.filter(field -> field.type() == FieldType.FILE)
				.map(field -> new FilePath(field.key(), null, null));
		}

		ReportAnswers put(ReportAnswers answers, Answer.File file) {
			if (this.group == null) {
				return answers.with(this.field, file);
			}
			List<Answer.Entry> entries = new java.util.ArrayList<>(answers.entries(this.group));
			for (int i = 0; i < entries.size(); i++) {
				Answer.Entry entry = entries.get(i);
				if (entry.id().equals(this.entry)) {
					Map<String, Answer> changed = new LinkedHashMap<>(entry.answers());
					changed.put(this.field, file);
					entries.set(i, new Answer.Entry(entry.id(), changed));
					return answers.with(this.group, new Answer.Group(entries));
				}
			}
			throw new InvalidInputException(List.of(new FieldProblem(this.group, "report.rule.no-such-entry")));
		}

	}

}
