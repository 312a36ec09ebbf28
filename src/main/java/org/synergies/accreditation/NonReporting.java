package org.synergies.accreditation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.accreditation.NonReportingStep.Outcome;
import org.synergies.accreditation.ReportingObligations.MissedDeadline;
import org.synergies.accreditation.internal.Accreditation;
import org.synergies.accreditation.internal.AccreditationProcess;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.accreditation.internal.NonReportingRecords;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.VersionStatus;
import org.synergies.system.JobLease;

/**
 * Non-reporting as the process in force states it: every morning the register warns the
 * accredited NGO partners whose report is overdue, then proposes to suspend them; it
 * proposes withdrawal after the suspension the process allows, and reinstatement when the
 * overdue report arrives. The Standing Committee decides the proposals
 * ({@link NonReportingProposals}). Reporting tells the register of missed deadlines
 * through {@link ReportingObligations} and of a report received through
 * {@link #reportReceived}: the register does not depend on reporting.
 */
@Service
public class NonReporting {

	static final String LEASE = "non-reporting-check";

	private final AccreditationSteps steps;

	private final NonReportingRecords records;

	private final List<ReportingObligations> obligations;

	private final JobLease lease;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NonReporting(AccreditationSteps steps, NonReportingRecords records, List<ReportingObligations> obligations,
			JobLease lease, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.records = records;
		this.obligations = obligations;
		this.lease = lease;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The rule of the process in force (the defaults before any version is adopted). */
	@Transactional(readOnly = true)
	public NonReportingRule ruleInForce() {
		return this.steps.processes()
			.findByStatus(VersionStatus.ADOPTED)
			.stream()
			.findFirst()
			.map(AccreditationProcess::nonReporting)
			.orElse(NonReportingRule.DEFAULT);
	}

	/** The accredited organizations whose report is overdue, with the deadline missed. */
	@Transactional(readOnly = true)
	public Map<UUID, MissedDeadline> late() {
		Map<UUID, MissedDeadline> missed = new HashMap<>();
		this.obligations.forEach(obligation -> missed.putAll(obligation.missed()));
		return missed;
	}

	/**
	 * Every morning (UTC), on one node at a time: the steps each overdue report calls for
	 * today. Idempotent: a step already taken for a deadline is not taken again.
	 * @return the steps taken
	 */
	@Scheduled(cron = "${synergies.accreditation.non-reporting-check:0 15 6 * * *}", zone = "UTC")
	@Transactional
	public int check() {
		if (!this.lease.take(LEASE, Duration.ofMinutes(30))) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		NonReportingRule rule = ruleInForce();
		Map<UUID, MissedDeadline> late = late();
		int taken = 0;
		for (Accreditation entry : this.steps.accreditations().findAllByOrderByValidFromDesc()) {
			MissedDeadline missed = late.get(entry.organizationId());
			if (missed == null || entry.validUntil().isBefore(today)) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(missed.deadline(), today);
			if (entry.status() == AccreditationStatus.ACTIVE) {
				if (days >= rule.warnAfterDays()) {
					LocalDate suspensionOn = missed.deadline().plusDays(rule.suspensionAfterDays());
					taken += take(entry, Kind.WARNING, missed, suspensionOn.isAfter(today) ? suspensionOn : null);
				}
				if (days >= rule.suspensionAfterDays() && !hasOpen(entry, Kind.SUSPENSION)) {
					taken += take(entry, Kind.SUSPENSION, missed, null);
				}
			}
			else if (entry.status() == AccreditationStatus.SUSPENDED && rule.withdrawalAfterMonths() != null) {
				Optional<LocalDate> since = this.records.suspendedOn(entry.id());
				if (since.isPresent() && !today.isBefore(since.get().plusMonths(rule.withdrawalAfterMonths()))
						&& !hasOpen(entry, Kind.WITHDRAWAL)) {
					taken += take(entry, Kind.WITHDRAWAL, missed, null);
				}
			}
		}
		return taken;
	}

	/**
	 * A report was handed in. Open proposals to suspend the organization have nothing
	 * left to decide; if the Committee had suspended it on such a proposal and no report
	 * is overdue any more, the Secretariat gets a proposal to reinstate it.
	 * @return the reinstatement proposals made
	 */
	@Transactional
	public int reportReceived(UUID organization) {
		if (late().containsKey(organization)) {
			return 0;
		}
		int proposed = 0;
		for (Accreditation entry : this.steps.accreditations().findByOrganizationIdOrderByValidFromDesc(organization)) {
			for (NonReportingRecords.Row open : this.records.ofAccreditation(entry.id())) {
				if (open.kind() == Kind.SUSPENSION && open.outcome() == null
						&& this.records.close(open.id(), Outcome.REPORT_RECEIVED, null, now())) {
					this.audit.record(AccreditationSteps.ACCREDITATION, entry.id(), "suspension-proposal-overtaken",
							null, Map.of("meeting", open.meeting(), "deadline", open.deadline().toString()));
				}
			}
			if (entry.status() == AccreditationStatus.SUSPENDED && !hasOpen(entry, Kind.REINSTATEMENT)) {
				Optional<NonReportingRecords.Row> suspension = this.records.ofAccreditation(entry.id())
					.stream()
					.filter(row -> row.kind() == Kind.SUSPENSION && row.outcome() == Outcome.ACCEPTED)
					.findFirst();
				if (suspension.isPresent()) {
					MissedDeadline missed = new MissedDeadline(suspension.get().meeting(), suspension.get().deadline());
					proposed += take(entry, Kind.REINSTATEMENT, missed, null,
							entry.id() + ":REINSTATEMENT:" + suspension.get().id());
				}
			}
		}
		return proposed;
	}

	private boolean hasOpen(Accreditation entry, Kind kind) {
		return this.records.ofAccreditation(entry.id())
			.stream()
			.anyMatch(row -> row.kind() == kind && row.outcome() == null);
	}

	private int take(Accreditation entry, Kind kind, MissedDeadline missed, @Nullable LocalDate nextStepOn) {
		return take(entry, kind, missed, nextStepOn, entry.id() + ":" + kind + ":" + missed.deadline());
	}

	private int take(Accreditation entry, Kind kind, MissedDeadline missed, @Nullable LocalDate nextStepOn,
			String occurrence) {
		return this.records.take(entry.id(), kind, missed.meeting(), missed.deadline(), occurrence, now()).map(step -> {
			this.audit.record(AccreditationSteps.ACCREDITATION, entry.id(), action(kind), null,
					Map.of("meeting", missed.meeting(), "deadline", missed.deadline().toString()));
			this.events.publishEvent(new NonReportingStepTaken(step.id(), entry.id(), entry.organizationId(), kind,
					missed.meeting(), missed.deadline(), nextStepOn));
			return 1;
		}).orElse(0);
	}

	static String action(Kind kind) {
		return kind == Kind.WARNING ? "non-reporting-warned"
				: kind.name().toLowerCase(java.util.Locale.ROOT) + "-proposed";
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
