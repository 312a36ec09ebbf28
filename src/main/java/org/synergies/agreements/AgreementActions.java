package org.synergies.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.internal.Agreement;
import org.synergies.agreements.internal.AgreementAction;
import org.synergies.agreements.internal.AgreementActionChecks;
import org.synergies.agreements.internal.AgreementActionRecords;
import org.synergies.agreements.internal.AgreementChecks;
import org.synergies.agreements.internal.AgreementRecords;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.meetings.Adoptions;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Extensions, revisions and terminations of agreements: the Secretariat proposes one (one
 * at a time per agreement), submits it to the Standing Committee, and records the
 * decision that adopts it, through the shared adoption flow ({@link Adoptions}). The
 * adoption changes the agreement in the same transaction, audited on both; nothing else
 * extends or terminates an agreement. Proposals are the Secretariat's until adopted.
 */
@Service
public class AgreementActions {

	private final Agreements agreements;

	private final AgreementRecords records;

	private final AgreementActionRecords actions;

	private final AgreementChecks checks;

	private final Adoptions adoptions;

	private final AdoptableTexts<AgreementAction, AgreementActionView> texts;

	private final AgreementAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	AgreementActions(Agreements agreements, AgreementRecords records, AgreementActionRecords actions,
			AgreementChecks checks, Adoptions adoptions, AdoptableTexts<AgreementAction, AgreementActionView> texts,
			AgreementAccess access, AuditTrail audit, Clock clock) {
		this.agreements = agreements;
		this.records = records;
		this.actions = actions;
		this.checks = checks;
		this.adoptions = adoptions;
		this.texts = texts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The agreement's proposals the reader may see (the public: adopted), newest first.
	 */
	@Transactional(readOnly = true)
	public List<AgreementActionView> of(UUID agreement) {
		this.agreements.require(agreement);
		return this.actions.findByAgreementIdOrderByNumberDesc(agreement)
			.stream()
			.map(AgreementAction::view)
			.filter(action -> action.isPublic() || this.access.isSecretariat())
			.toList();
	}

	/** The proposal, when it belongs to the agreement and the reader may see it. */
	@Transactional(readOnly = true)
	public Optional<AgreementActionView> find(UUID agreement, UUID action) {
		return of(agreement).stream().filter(found -> found.id().equals(action)).findFirst();
	}

	/** What a decision adopted about agreements. */
	@Transactional(readOnly = true)
	public List<AgreementActionView> adoptedBy(UUID decision) {
		return this.actions.findByAdoptedBy(decision).stream().map(AgreementAction::view).toList();
	}

	/** A new draft proposal; refused while another one is being worked on. */
	@Transactional
	public AgreementActionView propose(UUID agreementId, AgreementProposal proposal) {
		AgreementView agreement = this.agreements.require(agreementId);
		AgreementActionChecks.requireRunning(agreement);
		requireNone(AgreementActionChecks.check(agreement, proposal));
		boolean pending = this.actions.findByAgreementIdOrderByNumberDesc(agreementId)
			.stream()
			.anyMatch(action -> action.status().isWorkedOn());
		if (pending) {
			throw new RuleViolationException("agreement-action.rule.pending-exists");
		}
		return this.adoptions.create(this.texts,
				AgreementAction.draft(agreementId, this.actions.lastNumber(agreementId) + 1, proposal, now()));
	}

	/** Rewrites a draft; refused when it changed since {@code seen}. */
	@Transactional
	public AgreementActionView write(UUID agreementId, UUID action, long seen, AgreementProposal proposal) {
		AgreementView agreement = this.agreements.require(agreementId);
		requireAction(agreementId, action);
		requireNone(AgreementActionChecks.check(agreement, proposal));
		return this.adoptions.write(this.texts, action, seen, draft -> draft.write(proposal, now()));
	}

	/** Puts the draft before the Standing Committee. */
	@Transactional
	public AgreementActionView submit(UUID agreementId, UUID action) {
		requireAction(agreementId, action);
		return this.adoptions.submit(this.texts, action);
	}

	/**
	 * Adopts the submitted proposal by a decision of the Standing Committee and applies
	 * it to the agreement: extended until the day it names, revised, or terminated.
	 */
	@Transactional
	public AgreementActionView adopt(UUID agreementId, UUID action, UUID decision) {
		AgreementView before = this.agreements.require(agreementId);
		requireAction(agreementId, action);
		AgreementActionChecks.requireRunning(before);
		// the agreement may have changed since the proposal was written
		requireNone(AgreementActionChecks.check(before, this.texts.require(action).proposal()));
		AgreementActionView adopted = this.adoptions.adopt(this.texts, action, decision);
		AgreementProposal proposal = adopted.proposal();
		Agreement agreement = this.records.findById(agreementId).orElseThrow();
		switch (adopted.kind()) {
			case EXTENSION -> agreement.extend(required(proposal.validUntil()), now());
			case TERMINATION -> agreement.terminate(now());
			case REVISION -> {
				AgreementDetails details = AgreementActionChecks.revised(before, proposal);
				requireNone(this.checks.check(details, Set.copyOf(before.partners())));
				agreement.describe(details, now());
			}
		}
		AgreementView after = this.records.save(agreement).view(today());
		this.audit.record(Agreements.AUDITED_AS, agreementId, adopted.kind().name().toLowerCase(Locale.ROOT), before,
				after);
		return adopted;
	}

	private void requireAction(UUID agreement, UUID action) {
		this.actions.findById(action)
			.filter(found -> found.agreementId().equals(agreement))
			.orElseThrow(() -> new NotFoundException("agreement-action", action));
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("an extension names its day");
		}
		return value;
	}

	private static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
