package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.accreditation.internal.CallRecords;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.DirectoryPage;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.NgoPartners;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationMail;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Calls for applications: opened by the Secretariat once a process version is in force,
 * with an opening date and a deadline; NGO partners are invited by e-mail by default
 * (draft decision 13.AA c), and the Secretariat may invite other NGOs too.
 */
@Service
public class CallsForApplications {

	static final String AUDITED_AS = "application-call";

	private final CallRecords calls;

	private final AccreditationSteps steps;

	private final OrganizationManagement organizations;

	private final OrganizationMail mail;

	private final NgoPartners partners;

	private final AuditTrail audit;

	private final Clock clock;

	CallsForApplications(CallRecords calls, AccreditationSteps steps, OrganizationManagement organizations,
			OrganizationMail mail, NgoPartners partners, AuditTrail audit, Clock clock) {
		this.calls = calls;
		this.partners = partners;
		this.steps = steps;
		this.organizations = organizations;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CallView> calls() {
		return this.calls.all();
	}

	@Transactional(readOnly = true)
	public Optional<CallView> find(UUID id) {
		return this.calls.find(id);
	}

	/** The call open today under the process in force, if any. */
	@Transactional(readOnly = true)
	public Optional<CallView> openCall() {
		LocalDate today = today();
		Optional<ProcessView> inForce = this.steps.processInForce();
		return this.calls.all()
			.stream()
			.filter(call -> call.isOpen(today))
			.filter(call -> inForce.map(process -> process.id().equals(call.process())).orElse(false))
			.findFirst();
	}

	@Transactional
	public CallView open(@Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {
		ProcessView process = this.steps.processInForce()
			.orElseThrow(() -> new RuleViolationException("call.rule.no-process-in-force"));
		List<FieldProblem> problems = new ArrayList<>();
		if (opensOn == null) {
			problems.add(new FieldProblem("opensOn", "validation.required"));
		}
		if (closesOn == null) {
			problems.add(new FieldProblem("closesOn", "validation.required"));
		}
		else if (opensOn != null && closesOn.isBefore(opensOn)) {
			problems.add(new FieldProblem("closesOn", "call.rule.closes-before-opening"));
		}
		else if (closesOn.isBefore(today())) {
			problems.add(new FieldProblem("closesOn", "call.rule.deadline-past"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean overlaps = this.calls.all()
			.stream()
			.anyMatch(call -> !call.closesOn().isBefore(opensOn) && !call.opensOn().isAfter(closesOn));
		if (overlaps) {
			throw new RuleViolationException("call.rule.overlap");
		}
		CallView call = new CallView(UUID.randomUUID(), process.id(), process.number(), opensOn, closesOn, null);
		this.calls.insert(call, now());
		this.audit.record(AUDITED_AS, call.id(), "opened", null, call);
		return call;
	}

	/**
	 * Every active NGO a call may be sent to, the NGO partners (invited by default)
	 * first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<CallInvitee> invitees() {
		Set<UUID> ngoPartners = this.partners.ids();
		return activeNgos().values()
			.stream()
			.map(ngo -> new CallInvitee(ngo, ngoPartners.contains(ngo.id())))
			.sorted(Comparator.comparing((CallInvitee invitee) -> !invitee.ngoPartner()))
			.toList();
	}

	/** Invites the NGO partners: what the call does by default. */
	@Transactional
	public int invite(UUID id) {
		return invite(id, null);
	}

	/**
	 * Invites the members of the chosen NGOs to apply, each in their language; the NGO
	 * partners when none are named. Each must be an active NGO, and at least one chosen.
	 * @return how many people were written to
	 */
	@Transactional
	public int invite(UUID id, @Nullable Collection<UUID> chosen) {
		CallView call = this.calls.find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (call.closesOn().isBefore(today())) {
			throw new RuleViolationException("call.rule.deadline-past");
		}
		Map<UUID, OrganizationSummary> ngos = activeNgos();
		Set<UUID> invited = chosen == null ? this.partners.ids() : Set.copyOf(chosen);
		if (chosen != null && invited.isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("organizations", "call.rule.choose-invitees")));
		}
		if (!ngos.keySet().containsAll(invited)) {
			throw new InvalidInputException(List.of(new FieldProblem("organizations", "call.rule.not-an-ngo")));
		}
		int written = 0;
		for (OrganizationSummary ngo : ngos.values()) {
			if (invited.contains(ngo.id())) {
				written += this.mail
					.send(ngo.id(), "accreditation-call", "/accreditation", Map.of("opensOn", call.opensOn(),
							"closesOn", call.closesOn(), "process", call.processNumber()))
					.size();
			}
		}
		this.calls.invitationsSent(id, now());
		this.audit.record(AUDITED_AS, id, "invitations-sent", null,
				Map.of("recipients", written, "organizations", invited.stream().sorted().toList()));
		return written;
	}

	private Map<UUID, OrganizationSummary> activeNgos() {
		Map<UUID, OrganizationSummary> ngos = new LinkedHashMap<>();
		for (OrganizationKind kind : List.of(OrganizationKind.INTERNATIONAL_NGO, OrganizationKind.NATIONAL_NGO)) {
			DirectoryQuery query = new DirectoryQuery(null, kind, null, null, OrganizationStatus.ACTIVE,
					DirectoryQuery.Sort.NAME, 0, DirectoryQuery.MAX_SIZE);
			DirectoryPage page;
			do {
				page = this.organizations.directory(query);
				page.organizations().forEach(ngo -> ngos.put(ngo.id(), ngo));
				query = query.withPage(query.page() + 1);
			}
			while (page.hasNext());
		}
		return ngos;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
