package org.synergies.accreditation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.AccreditationChanged;
import org.synergies.accreditation.AccreditationStatus;
import org.synergies.accreditation.ApplicationStatusChanged;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.ProcessView;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.VersionStatus;

/**
 * The load–change–save–audit step every accreditation façade repeats, for processes,
 * applications and accreditations. A change against a version other than the one expected
 * is refused (two officers deciding at once: one wins, the other sees a conflict).
 */
@Component
public class AccreditationSteps {

	public static final String PROCESS = "accreditation-process";

	public static final String APPLICATION = "accreditation-application";

	public static final String ACCREDITATION = "accreditation";

	private final Processes processes;

	private final ApplicationRecords applications;

	private final Accreditations accreditations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AccreditationSteps(Processes processes, ApplicationRecords applications, Accreditations accreditations,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.processes = processes;
		this.applications = applications;
		this.accreditations = accreditations;
		this.audit = audit;
		this.events = events;
	}

	public Processes processes() {
		return this.processes;
	}

	public ApplicationRecords applications() {
		return this.applications;
	}

	public Accreditations accreditations() {
		return this.accreditations;
	}

	public Optional<ProcessView> processInForce() {
		return this.processes.findByStatus(VersionStatus.ADOPTED).stream().findFirst().map(AccreditationProcess::view);
	}

	public ProcessView process(UUID id) {
		return this.processes.findById(id)
			.map(AccreditationProcess::view)
			.orElseThrow(() -> new NotFoundException(PROCESS, id));
	}

	public ApplicationView startApplication(UUID organization, UUID process, UUID call, Instant now) {
		ApplicationView created = this.applications
			.save(AccreditationApplication.start(organization, process, call, now))
			.view();
		this.audit.record(APPLICATION, created.id(), "created", null, created);
		return created;
	}

	public AccreditationApplication application(UUID id) {
		return this.applications.findById(id).orElseThrow(() -> new NotFoundException(APPLICATION, id));
	}

	public ApplicationView changeApplication(UUID id, @Nullable Long expectedVersion, String action,
			Consumer<AccreditationApplication> change) {
		AccreditationApplication application = application(id);
		requireVersion(application.version(), expectedVersion);
		ApplicationView before = application.view();
		change.accept(application);
		ApplicationView after = this.applications.save(application).view();
		this.audit.record(APPLICATION, id, action, before, after);
		if (before.status() != after.status()) {
			this.events.publishEvent(new ApplicationStatusChanged(id, after.organization(), before.status(),
					after.status(), after.statusReason(), after.version()));
		}
		return after;
	}

	public Accreditation grant(Accreditation accreditation) {
		Accreditation saved = this.accreditations.save(accreditation);
		this.audit.record(ACCREDITATION, saved.id(), "granted", null, snapshot(saved));
		this.events.publishEvent(changed(saved, saved.decisionId()));
		return saved;
	}

	/** A change the Secretariat makes to the register. */
	public Accreditation changeAccreditation(UUID id, @Nullable Long expectedVersion, String action,
			Consumer<Accreditation> change) {
		return changeAccreditation(id, expectedVersion, action, null, change);
	}

	/**
	 * @param decision the Standing Committee's decision that makes the change, or
	 * {@code null} for the Secretariat's
	 */
	public Accreditation changeAccreditation(UUID id, @Nullable Long expectedVersion, String action,
			@Nullable UUID decision, Consumer<Accreditation> change) {
		Accreditation accreditation = this.accreditations.findById(id)
			.orElseThrow(() -> new NotFoundException(ACCREDITATION, id));
		requireVersion(accreditation.version(), expectedVersion);
		Object before = snapshot(accreditation);
		AccreditationStatus statusBefore = accreditation.status();
		change.accept(accreditation);
		Accreditation saved = this.accreditations.save(accreditation);
		this.audit.record(ACCREDITATION, id, action, before, snapshot(saved));
		if (saved.status() != statusBefore) {
			this.events.publishEvent(changed(saved, decision));
		}
		return saved;
	}

	private static AccreditationChanged changed(Accreditation accreditation, @Nullable UUID decision) {
		return new AccreditationChanged(accreditation.id(), accreditation.organizationId(), accreditation.status(),
				accreditation.validFrom(), accreditation.validUntil(), accreditation.statusReason(), decision,
				accreditation.version());
	}

	private static Map<String, Object> snapshot(Accreditation accreditation) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organization", accreditation.organizationId().toString());
		values.put("validFrom", accreditation.validFrom().toString());
		values.put("validUntil", accreditation.validUntil().toString());
		values.put("status", accreditation.status().name());
		values.put("statusReason", accreditation.statusReason());
		return values;
	}

	private static void requireVersion(long actual, @Nullable Long expected) {
		if (expected != null && actual != expected) {
			throw new OptimisticLockingFailureException("Changed since version " + expected);
		}
	}

}
