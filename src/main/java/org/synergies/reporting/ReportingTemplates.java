package org.synergies.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.reporting.internal.DefaultTemplate;
import org.synergies.reporting.internal.ReportingSteps;
import org.synergies.reporting.internal.ReportingTemplate;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

/**
 * The reporting template in versions: the Secretariat writes a draft (starting from the
 * latest version, or from Synergies' default format), submits it to the Standing
 * Committee, and records its adoption by a Committee decision; the version in force until
 * then is superseded. Exactly one version is in force; cycles use it.
 */
@Service
public class ReportingTemplates {

	private final ReportingSteps steps;

	private final GoverningBodies bodies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportingTemplates(ReportingSteps steps, GoverningBodies bodies, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.bodies = bodies;
		this.events = events;
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
		return this.steps.createTemplate(ReportingTemplate.draft(this.steps.templates().lastNumber() + 1,
				this.steps.json().write(start), now()));
	}

	@Transactional
	public TemplateView write(UUID id, long version, TemplateContent content) {
		List<FieldProblem> problems = content.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String json = this.steps.json().write(content);
		return this.steps.changeTemplate(id, version, "written", template -> template.write(json, now()));
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
		return this.steps.changeTemplate(id, null, "submitted", template -> template.submit(now()));
	}

	@Transactional
	public TemplateView returnToDraft(UUID id) {
		return this.steps.changeTemplate(id, null, "returned", template -> template.returnToDraft(now()));
	}

	/**
	 * Records the adoption of a submitted version by a Standing Committee decision; the
	 * version in force until now is superseded first, in the same transaction.
	 */
	@Transactional
	public TemplateView adopt(UUID id, UUID decisionId) {
		DecisionView decision = this.bodies.requireDecision(decisionId);
		if (!decision.body().equals(GoverningBody.STANDING_COMMITTEE)) {
			throw new RuleViolationException("template.rule.adopted-by-committee");
		}
		TemplateView submitted = find(id).orElseThrow(() -> new NotFoundException(ReportingSteps.TEMPLATE, id));
		if (submitted.status() == VersionStatus.SUBMITTED) {
			inForce().ifPresent(version -> this.steps.changeTemplate(version.id(), null, "superseded",
					template -> template.supersede(now())));
		}
		TemplateView adopted = this.steps.changeTemplate(id, null, "adopted",
				template -> template.adopt(decisionId, decision.adoptedOn(), now()));
		this.events.publishEvent(new TemplateAdopted(adopted.id(), adopted.number(), decisionId));
		return adopted;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
