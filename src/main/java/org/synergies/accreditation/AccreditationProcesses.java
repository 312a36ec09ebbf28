package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accreditation.internal.AccreditationProcess;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.accreditation.internal.ProcessRecords;
import org.synergies.audit.AuditTrail;
import org.synergies.drafts.CommentedDraft;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.meetings.Adoptions;
import org.synergies.meetings.GoverningBodies;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The accreditation process as versioned data: drafted in the working group's space,
 * commented on, submitted to the Standing Committee, adopted by one of its decisions.
 * Adopting a version supersedes the one in force, so exactly one is in force at a time;
 * the steps before the Committee go through {@link Adoptions}, like every adopted text.
 */
@Service
public class AccreditationProcesses {

	public static final String AUDITED_AS = "accreditation-process";

	private final AccreditationSteps steps;

	private final ProcessRecords records;

	private final GoverningBodies bodies;

	private final AuditTrail audit;

	private final Adoptions adoptions;

	private final AdoptableTexts<AccreditationProcess, ProcessView> texts;

	private final ReportingFormats formats;

	private final Clock clock;

	AccreditationProcesses(AccreditationSteps steps, ProcessRecords records, GoverningBodies bodies, AuditTrail audit,
			Adoptions adoptions, AdoptableTexts<AccreditationProcess, ProcessView> texts, ReportingFormats formats,
			Clock clock) {
		this.formats = formats;
		this.steps = steps;
		this.records = records;
		this.bodies = bodies;
		this.audit = audit;
		this.adoptions = adoptions;
		this.texts = texts;
		this.clock = clock;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public List<ProcessView> versions() {
		return this.steps.processes().findAllByOrderByNumberDesc().stream().map(p -> p.view()).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ProcessView> find(UUID id) {
		return this.steps.processes().findById(id).map(p -> p.view());
	}

	@Transactional(readOnly = true)
	public Optional<ProcessView> inForce() {
		return this.steps.processInForce();
	}

	/** The draft or submitted version being worked on, if any. */
	@Transactional(readOnly = true)
	public Optional<ProcessView> currentDraft() {
		return versions().stream().filter(version -> version.status().isWorkedOn()).findFirst();
	}

	/** A new draft, starting from the latest version's content; one draft at a time. */
	@Transactional
	public ProcessView startDraft(@Nullable UUID workingGroup) {
		if (currentDraft().isPresent()) {
			throw new RuleViolationException("process.rule.draft-exists");
		}
		if (workingGroup != null && this.bodies.body(workingGroup).isEmpty()) {
			throw new NotFoundException("governing-body", workingGroup);
		}
		ProcessContent start = versions().stream()
			.findFirst()
			.map(ProcessView::content)
			.map(this::withLinkableFormat)
			.orElse(new ProcessContent(null, null, null, 4, null, 36, List.of(), List.of()));
		AccreditationProcess draft = AccreditationProcess.draft(this.steps.processes().lastNumber() + 1, workingGroup,
				start, now());
		draft.writeNonReporting(this.steps.processes()
			.findAllByOrderByNumberDesc()
			.stream()
			.findFirst()
			.map(AccreditationProcess::nonReporting)
			.orElse(NonReportingRule.DEFAULT), now());
		return this.adoptions.create(this.texts, draft);
	}

	@Transactional
	public ProcessView write(UUID id, long version, ProcessContent content) {
		List<FieldProblem> problems = new ArrayList<>(check(content));
		if (content.reportingFormat() != null && this.formats.find(content.reportingFormat())
			.filter(ReportingFormats.FormatVersion::isLinkable)
			.isEmpty()) {
			problems.add(new FieldProblem("reportingFormat", "process.rule.format-unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.adoptions.write(this.texts, id, version, process -> process.write(content, now()));
	}

	/**
	 * Writes a draft and what it says of non-reporting together; every problem of either
	 * is reported at once.
	 */
	@Transactional
	public ProcessView write(UUID id, long version, ProcessContent content, NonReportingRule rule) {
		List<FieldProblem> problems = check(content);
		problems.addAll(rule.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		NonReportingRule before = nonReporting(id);
		ProcessView written = this.adoptions.write(this.texts, id, version, process -> {
			process.write(content, now());
			process.writeNonReporting(rule, now());
		});
		auditRule(id, before, rule);
		return written;
	}

	/** Writes only what a draft says of non-reporting. */
	@Transactional
	public ProcessView writeNonReporting(UUID id, long version, NonReportingRule rule) {
		if (!rule.problems().isEmpty()) {
			throw new InvalidInputException(rule.problems());
		}
		NonReportingRule before = nonReporting(id);
		ProcessView written = this.adoptions.write(this.texts, id, version,
				process -> process.writeNonReporting(rule, now()));
		auditRule(id, before, rule);
		return written;
	}

	/**
	 * The version's audited "written" step shows its content; the rule is audited here.
	 */
	private void auditRule(UUID id, NonReportingRule before, NonReportingRule after) {
		if (!before.equals(after)) {
			this.audit.record(AUDITED_AS, id, "non-reporting-written", before, after);
		}
	}

	/** What a version says happens when an accredited NGO misses a reporting deadline. */
	@Transactional(readOnly = true)
	public NonReportingRule nonReporting(UUID process) {
		return this.steps.processes()
			.findById(process)
			.map(AccreditationProcess::nonReporting)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, process));
	}

	@Transactional
	public ProcessView submit(UUID id) {
		return this.adoptions.submit(this.texts, id);
	}

	@Transactional
	public ProcessView returnToDraft(UUID id) {
		return this.adoptions.returnToDraft(this.texts, id);
	}

	/**
	 * Adopts a submitted version by a Standing Committee decision; the version in force
	 * until now is superseded in the same transaction. The reporting format it refers to
	 * is adopted by the same decision when it was submitted with it, and must have been
	 * adopted before otherwise: a process is never in force with a draft model of report
	 * (the whole adoption is refused, nothing changes).
	 */
	@Transactional
	public ProcessView adopt(UUID id, UUID decisionId) {
		ProcessView adopted = this.adoptions.adopt(this.texts, id, decisionId);
		UUID format = adopted.content().reportingFormat();
		if (format != null) {
			this.formats.adoptWith(format, decisionId);
		}
		return adopted;
	}

	/**
	 * A version as {@link org.synergies.drafts.DraftComments} records comments on it:
	 * only while it is drafted or before the Committee.
	 */
	@Transactional(readOnly = true)
	public CommentedDraft commentable(UUID id) {
		ProcessView process = find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (!process.status().isWorkedOn()) {
			throw new RuleViolationException("draft.rule.comment-only-drafts");
		}
		return new CommentedDraft(AUDITED_AS, id, process.number(), "/accreditation/process/" + id);
	}

	/** The reporting format a version refers to, if any. */
	@Transactional(readOnly = true)
	public Optional<ReportingFormats.FormatVersion> reportingFormat(ProcessView process) {
		UUID format = process.content().reportingFormat();
		return format == null ? Optional.empty() : this.formats.find(format);
	}

	/** The versions of the reporting format a draft may refer to. */
	@Transactional(readOnly = true)
	public List<ReportingFormats.FormatVersion> linkableFormats() {
		return this.formats.linkable();
	}

	static List<FieldProblem> check(ProcessContent content) {
		List<FieldProblem> problems = new ArrayList<>();
		if (content.validityYears() == null || content.validityYears() < 1 || content.validityYears() > 20) {
			problems.add(new FieldProblem("validityYears", "process.rule.validity"));
		}
		if (content.reportingIntervalMonths() != null
				&& (content.reportingIntervalMonths() < 1 || content.reportingIntervalMonths() > 120)) {
			problems.add(new FieldProblem("reportingIntervalMonths", "process.rule.interval"));
		}
		for (int index = 0; index < content.criteria().size(); index++) {
			if (content.criteria().get(index).textEn().isBlank()) {
				problems.add(new FieldProblem("criteria[" + index + "].textEn", "validation.required"));
			}
		}
		for (int index = 0; index < content.documents().size(); index++) {
			if (content.documents().get(index).nameEn().isBlank()) {
				problems.add(new FieldProblem("documents[" + index + "].nameEn", "validation.required"));
			}
		}
		return problems;
	}

	/** A new draft keeps the latest version's format unless that one was superseded. */
	private ProcessContent withLinkableFormat(ProcessContent content) {
		UUID format = content.reportingFormat();
		if (format == null
				|| this.formats.find(format).filter(ReportingFormats.FormatVersion::isLinkable).isPresent()) {
			return content;
		}
		return new ProcessContent(content.textEn(), content.textFr(), content.textEs(), content.validityYears(), null,
				content.reportingIntervalMonths(), content.criteria(), content.documents());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
