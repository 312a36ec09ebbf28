package org.synergies.reporting.internal;

import org.synergies.reporting.TemplateView;
import org.synergies.reporting.TemplateContent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.drafts.CommentedDraft;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.meetings.Adoptions;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

/**
 * The reporting template in versions: the Secretariat writes a draft (starting from the
 * latest version, or from Synergies' default format), submits it to the Standing
 * Committee, and records its adoption by a Committee decision; the version in force until
 * then is superseded. Exactly one version is in force; cycles use it. The steps before
 * the Committee go through {@link Adoptions}, like every adopted text.
 */
@Service
public class ReportingTemplates {

	/** What the audit trail and comments call a version of the format. */
	public static final String AUDITED_AS = ReportingSteps.TEMPLATE;

	private final ReportingSteps steps;

	private final Adoptions adoptions;

	private final AdoptableTexts<ReportingTemplate, TemplateView> texts;

	private final Clock clock;

	ReportingTemplates(ReportingSteps steps, Adoptions adoptions, AdoptableTexts<ReportingTemplate, TemplateView> texts,
			Clock clock) {
		this.steps = steps;
		this.adoptions = adoptions;
		this.texts = texts;
		this.clock = clock;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public List<TemplateView> versions() {
		return this.steps.templates().findAllByOrderByNumberDesc().stream().map(this.steps::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<TemplateView> find(UUID id) {
		return this.steps.templates().findById(id).map(this.steps::view);
	}

	@Transactional(readOnly = true)
	public Optional<TemplateView> inForce() {
		return this.steps.templates().findByStatus(VersionStatus.ADOPTED).stream().findFirst().map(this.steps::view);
	}

	/** The draft or submitted version being worked on, if any. */
	@Transactional(readOnly = true)
	public Optional<TemplateView> currentDraft() {
		return versions().stream().filter(version -> version.status().isWorkedOn()).findFirst();
	}

	/**
	 * A new draft, starting from the latest version (or the default format when there is
	 * none); one draft at a time.
	 */
	@Transactional
	public TemplateView startDraft() {
		if (currentDraft().isPresent()) {
			throw new RuleViolationException("template.rule.draft-exists");
		}
		TemplateContent start = versions().stream()
			.findFirst()
			.map(TemplateView::content)
			.orElseGet(DefaultTemplate::content);
		return this.adoptions.create(this.texts, ReportingTemplate.draft(this.steps.templates().lastNumber() + 1,
				this.steps.json().write(start), now()));
	}

	@Transactional
	public TemplateView write(UUID id, long version, TemplateContent content) {
		List<FieldProblem> problems = content.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String json = this.steps.json().write(content);
		return this.adoptions.write(this.texts, id, version, template -> template.write(json, now()));
	}

	/**
	 * Submits a draft to the Standing Committee: only a usable format, whole in English,
	 * French and Spanish.
	 */
	@Transactional
	public TemplateView submit(UUID id) {
		TemplateView draft = find(id).orElseThrow(() -> new NotFoundException("reporting-template", id));
		List<FieldProblem> problems = new ArrayList<>(draft.content().problems());
		problems.addAll(draft.content().untranslated());
		if (draft.status() == VersionStatus.DRAFT && !problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.adoptions.submit(this.texts, id);
	}

	@Transactional
	public TemplateView returnToDraft(UUID id) {
		return this.adoptions.returnToDraft(this.texts, id);
	}

	/**
	 * Records the adoption of a submitted version by a Standing Committee decision; the
	 * version in force until now is superseded first, in the same transaction.
	 */
	@Transactional
	public TemplateView adopt(UUID id, UUID decisionId) {
		return this.adoptions.adopt(this.texts, id, decisionId);
	}

	/**
	 * A version as {@link DraftComments} records comments on it: only while it is drafted
	 * or before the Committee.
	 */
	@Transactional(readOnly = true)
	public CommentedDraft commentable(UUID id) {
		TemplateView template = find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (!template.status().isWorkedOn()) {
			throw new RuleViolationException("draft.rule.comment-only-drafts");
		}
		return new CommentedDraft(AUDITED_AS, id, template.number(), "/reporting/templates/" + id);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
