package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.synergies.accreditation.internal.Accreditation;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.meetings.GoverningBodies;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The register of accredited NGO partners. The public sees the accreditations in force;
 * the Secretariat also suspends (with a reason, e.g. an overdue report), withdraws and
 * reinstates them, and sees those expiring within {@value #EXPIRY_NOTICE_DAYS} days,
 * whose organizations are warned.
 */
@Service
public class AccreditationRegister {

	public static final int EXPIRY_NOTICE_DAYS = 90;

	private final AccreditationSteps steps;

	private final OrganizationManagement organizations;

	private final GoverningBodies bodies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccreditationRegister(AccreditationSteps steps, OrganizationManagement organizations, GoverningBodies bodies,
			ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.organizations = organizations;
		this.bodies = bodies;
		this.events = events;
		this.clock = clock;
	}

	/** Accreditations in force, by organization name: what the public register lists. */
	@Transactional(readOnly = true)
	public List<AccreditationView> inForce() {
		LocalDate today = today();
		return all().stream().filter(accreditation -> accreditation.isInForce(today)).toList();
	}

	/** Every accreditation ever granted, whatever its status, by organization name. */
	@Transactional(readOnly = true)
	public List<AccreditationView> all() {
		return this.steps.accreditations()
			.findAllByOrderByValidFromDesc()
			.stream()
			.map(this::view)
			.sorted(Comparator.comparing(AccreditationView::organizationName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AccreditationView> ofOrganization(UUID organization) {
		return this.steps.accreditations()
			.findByOrganizationIdOrderByValidFromDesc(organization)
			.stream()
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<AccreditationView> find(UUID id) {
		return this.steps.accreditations().findById(id).map(this::view);
	}

	/** In force and ending within the notice period, soonest first. */
	@Transactional(readOnly = true)
	public List<AccreditationView> expiring() {
		LocalDate today = today();
		return inForce().stream()
			.filter(accreditation -> !accreditation.validUntil().isAfter(today.plusDays(EXPIRY_NOTICE_DAYS)))
			.sorted(Comparator.comparing(AccreditationView::validUntil))
			.toList();
	}

	@Transactional
	public AccreditationView suspend(UUID id, @Nullable Long version, String reason) {
		requireReason(reason);
		return changed(id, version, "suspended", entry -> entry.suspend(reason.strip(), now()));
	}

	@Transactional
	public AccreditationView withdraw(UUID id, @Nullable Long version, String reason) {
		requireReason(reason);
		return changed(id, version, "withdrawn", entry -> entry.withdraw(reason.strip(), now()));
	}

	@Transactional
	public AccreditationView reinstate(UUID id, @Nullable Long version) {
		return changed(id, version, "reinstated", entry -> entry.reinstate(now()));
	}

	/**
	 * Every morning (UTC): warns each organization whose accreditation is about to end,
	 * once. With several nodes, each runs it; the warning is recorded on the entry under
	 * optimistic locking, so an organization is warned by one of them only.
	 */
	@Scheduled(cron = "${synergies.accreditation.expiry-warnings:0 0 6 * * *}", zone = "UTC")
	@Transactional
	public int warnExpiring() {
		int warned = 0;
		for (AccreditationView accreditation : expiring()) {
			Accreditation entry = this.steps.accreditations().findById(accreditation.id()).orElseThrow();
			if (entry.expiryWarnedAt() == null) {
				this.steps.changeAccreditation(entry.id(), null, "expiry-warned", found -> found.warnedOfExpiry(now()));
				this.events.publishEvent(new AccreditationExpiring(accreditation.id(), accreditation.organization(),
						accreditation.validUntil()));
				warned++;
			}
		}
		return warned;
	}

	private AccreditationView changed(UUID id, @Nullable Long version, String action, Consumer<Accreditation> change) {
		return view(this.steps.changeAccreditation(id, version, action, change));
	}

	private AccreditationView view(Accreditation entry) {
		var organization = this.organizations.find(entry.organizationId())
			.orElseThrow(() -> new NotFoundException("organization", entry.organizationId()));
		String reference = this.bodies.decision(entry.decisionId()).map(decision -> decision.reference()).orElse("");
		return new AccreditationView(entry.id(), entry.organizationId(), organization.officialName(),
				organization.headquarters(), entry.applicationId(), entry.processNumber(), entry.decisionId(),
				reference, entry.validFrom(), entry.validUntil(), entry.status(), entry.statusReason(),
				entry.version());
	}

	private static void requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("reason", "validation.required")));
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
