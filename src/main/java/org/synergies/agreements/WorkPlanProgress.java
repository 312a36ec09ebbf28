package org.synergies.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.internal.Deliverable;
import org.synergies.agreements.internal.Deliverables;
import org.synergies.agreements.internal.WorkPlanChecks;
import org.synergies.agreements.internal.WorkPlanMails;
import org.synergies.agreements.internal.WorkPlanReaders;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.NotFoundException;

/**
 * Progress on a work plan's deliverables: the responsible partner's members report it
 * (their note awaits the Secretariat's review), the Secretariat reports on any
 * deliverable (accepted as written) and accepts or returns, with a comment, what a
 * partner submitted; the partner's members are told by e-mail, each in their language.
 * Audited; a note on a deliverable that changed since it was read is refused.
 */
@Service
public class WorkPlanProgress {

	static final int COMMENT_LENGTH = 4000;

	private final Agreements agreements;

	private final Deliverables deliverables;

	private final WorkPlanChecks checks;

	private final WorkPlanReaders readers;

	private final WorkPlanMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	WorkPlanProgress(Agreements agreements, Deliverables deliverables, WorkPlanChecks checks, WorkPlanReaders readers,
			WorkPlanMails mails, AuditTrail audit, Clock clock) {
		this.agreements = agreements;
		this.deliverables = deliverables;
		this.checks = checks;
		this.readers = readers;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Reports progress: refused (403) to anyone but the Secretariat and the members of
	 * the responsible organization, and while another note awaits review (409).
	 */
	@Transactional
	public WorkPlanView.Deliverable report(UUID agreement, UUID id, long version, ProgressReport report) {
		if (!this.readers.mayReportAtAll()) {
			throw new AccessDeniedException("reports no progress");
		}
		Optional<AgreementView> found = this.agreements.find(agreement);
		if (!this.readers.isSecretariat()
				&& found.map(seen -> seen.partners().stream().noneMatch(this.readers::mayReport)).orElse(true)) {
			// a member of no partner organization: refused whatever the agreement and
			// deliverable, so that the answer says nothing about either
			throw new AccessDeniedException("not a partner of agreement " + agreement);
		}
		found.orElseThrow(() -> new NotFoundException(Agreements.AUDITED_AS, agreement));
		Deliverable deliverable = WorkPlans.load(agreement, id, this.deliverables);
		if (!this.readers.mayReport(deliverable.responsibleOrganization())) {
			throw new AccessDeniedException("not responsible for deliverable " + id);
		}
		WorkPlans.requireVersion(deliverable.version(), version, id);
		WorkPlans.requireNone(this.checks.check(report, today()));
		WorkPlanView.Deliverable before = view(deliverable);
		boolean bySecretariat = this.readers.isSecretariat();
		deliverable.report(report, this.readers.name(), bySecretariat, now());
		WorkPlanView.Deliverable after = view(this.deliverables.save(deliverable));
		this.audit.record(WorkPlans.DELIVERABLE, id, bySecretariat ? "progress-recorded" : "progress-submitted", before,
				after);
		return after;
	}

	/**
	 * The Secretariat accepts the note awaiting review, or returns it with a comment
	 * (required); the responsible partner's members are told.
	 */
	@Transactional
	public WorkPlanView.Deliverable review(UUID agreement, UUID id, long version, boolean accept,
			@Nullable String comment) {
		AgreementView found = this.agreements.require(agreement);
		Deliverable deliverable = WorkPlans.load(agreement, id, this.deliverables);
		WorkPlans.requireVersion(deliverable.version(), version, id);
		String kept = comment == null || comment.isBlank() ? null : comment.strip();
		if (!accept && kept == null) {
			WorkPlans.requireNone(List.of(new FieldProblem("comment", "validation.required")));
		}
		if (kept != null && kept.length() > COMMENT_LENGTH) {
			WorkPlans.requireNone(List.of(new FieldProblem("comment", "validation.too-long-n", COMMENT_LENGTH)));
		}
		WorkPlanView.Deliverable before = view(deliverable);
		deliverable.review(accept, kept, now());
		Deliverable saved = this.deliverables.save(deliverable);
		WorkPlanView.Deliverable after = view(saved);
		this.audit.record(WorkPlans.DELIVERABLE, id, accept ? "progress-accepted" : "progress-returned", before, after);
		if (saved.responsibleOrganization() != null) {
			this.mails.reviewed(found, after, saved.responsibleOrganization(), accept, kept);
		}
		return after;
	}

	private WorkPlanView.Deliverable view(Deliverable deliverable) {
		return deliverable.view(today(), true, this.readers.mayReport(deliverable.responsibleOrganization()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
