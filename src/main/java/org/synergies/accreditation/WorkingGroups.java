package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.accreditation.internal.ProcessRecords;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.shared.CountryCode;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Who sits on the intersessional working groups that draft the accreditation process and
 * the reporting format: an account per member, with the Party, organization or
 * secretariat they represent. Every change is audited as "working-group".
 */
@Service
public class WorkingGroups {

	private final ProcessRecords records;

	private final GoverningBodies bodies;

	private final AccountManagement accounts;

	private final AuditTrail audit;

	private final Clock clock;

	WorkingGroups(ProcessRecords records, GoverningBodies bodies, AccountManagement accounts, AuditTrail audit,
			Clock clock) {
		this.records = records;
		this.bodies = bodies;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<WorkingGroupMember> members(UUID body) {
		List<WorkingGroupMember> members = new ArrayList<>();
		for (ProcessRecords.MembershipRow row : this.records.members(body)) {
			this.accounts.find(row.account())
				.ifPresent(
						account -> members.add(new WorkingGroupMember(row.body(), row.account(), account.displayName(),
								account.email(), row.represents(), row.country(), row.organization(), row.addedAt())));
		}
		members.sort(Comparator.comparing(WorkingGroupMember::name));
		return members;
	}

	/** Whether this account sits on any working group. */
	@Transactional(readOnly = true)
	public boolean isWorkingGroupMember(UUID account) {
		return this.records.isMember(account);
	}

	@Transactional
	public void addMember(UUID body, String email, Represents represents, @Nullable String country,
			@Nullable UUID organization) {
		GoverningBody group = this.bodies.body(body).orElseThrow(() -> new NotFoundException("governing-body", body));
		AccountView account = this.accounts.findByEmail(email)
			.orElseThrow(() -> new RuleViolationException("working-group.rule.no-account", email));
		if (represents == Represents.PARTY && (country == null || !CountryCode.isValid(country))) {
			throw new RuleViolationException("working-group.rule.party-needs-country");
		}
		this.records.addMember(group.id(), account.id(), represents, represents == Represents.PARTY ? country : null,
				organization, now());
		this.audit.record("working-group", group.id(), "member-added", null,
				Map.of("account", account.email(), "represents", represents.name()));
	}

	@Transactional
	public void removeMember(UUID body, UUID account) {
		if (this.records.removeMember(body, account) == 0) {
			throw new NotFoundException("working-group-member", account);
		}
		this.audit.record("working-group", body, "member-removed", Map.of("account", account.toString()), null);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
