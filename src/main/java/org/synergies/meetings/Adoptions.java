package org.synergies.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.AdoptableVersion;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

/**
 * The one way a text the Standing Committee adopts goes through its life, whatever the
 * text: each step is taken by the version itself ({@link AdoptableVersion}), saved and
 * audited here; an adoption needs a decision of the Standing Committee, supersedes the
 * version in force in the same transaction and is published as the text's event, if it
 * has one. Lives in {@code meetings}, which owns decisions, so that every module with
 * such a text uses it without a cycle.
 */
@Service
public class Adoptions {

	private final GoverningBodies bodies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Adoptions(GoverningBodies bodies, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.bodies = bodies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A new draft, audited as created. */
	@Transactional
	public <T extends AdoptableVersion, V> V create(AdoptableTexts<T, V> texts, T draft) {
		V created = texts.view(texts.save(draft));
		this.audit.record(texts.kind(), draft.id(), "created", null, created);
		return created;
	}

	/**
	 * Writes a draft; refused when it changed since the version the writer saw (two
	 * officers at once: one wins, the other sees a conflict).
	 */
	@Transactional
	public <T extends AdoptableVersion, V> V write(AdoptableTexts<T, V> texts, UUID id, long seen, Consumer<T> change) {
		return step(texts, texts.require(id), seen, "written", change);
	}

	/** Sends a draft to the Standing Committee. */
	@Transactional
	public <T extends AdoptableVersion, V> V submit(AdoptableTexts<T, V> texts, UUID id) {
		Instant now = now();
		return step(texts, texts.require(id), null, "submitted", version -> version.submit(now));
	}

	/** The Standing Committee sends a submitted version back for more work. */
	@Transactional
	public <T extends AdoptableVersion, V> V returnToDraft(AdoptableTexts<T, V> texts, UUID id) {
		Instant now = now();
		return step(texts, texts.require(id), null, "returned", version -> version.returnToDraft(now));
	}

	/**
	 * Adopts a submitted version by a decision of the Standing Committee, or of the body
	 * the text names ({@link AdoptableTexts#adoptingBody()}; another body's decision
	 * breaks {@code <rules>.rule.adopted-by-committee}); the version in force until now
	 * is superseded first, so that two are never in force, even mid-transaction.
	 */
	@Transactional
	public <T extends AdoptableVersion, V> V adopt(AdoptableTexts<T, V> texts, UUID id, UUID decisionId) {
		DecisionView decision = this.bodies.requireDecision(decisionId);
		if (!decision.body().equals(texts.adoptingBody())) {
			throw new RuleViolationException(texts.rules() + ".rule.adopted-by-committee");
		}
		T submitted = texts.require(id);
		Instant now = now();
		if (submitted.status() == VersionStatus.SUBMITTED) {
			texts.inForce()
				.ifPresent(inForce -> step(texts, inForce, null, "superseded", version -> version.supersede(now)));
		}
		V adopted = step(texts, submitted, null, "adopted",
				version -> version.adopt(decisionId, decision.adoptedOn(), now));
		texts.adopted(adopted, decisionId).ifPresent(event -> this.events.publishEvent(event));
		return adopted;
	}

	private <T extends AdoptableVersion, V> V step(AdoptableTexts<T, V> texts, T version, @Nullable Long seen,
			String action, Consumer<T> change) {
		if (seen != null && version.version() != seen) {
			throw new OptimisticLockingFailureException("Changed since version " + seen);
		}
		V before = texts.view(version);
		change.accept(version);
		V after = texts.view(texts.save(version));
		this.audit.record(texts.kind(), version.id(), action, before, after);
		return after;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
