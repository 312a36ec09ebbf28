package org.synergies.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.internal.InvitationQuota;
import org.synergies.organizations.internal.MembershipInvitation;
import org.synergies.organizations.internal.MembershipInvitationDesk;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * Invitations to join an organization. Asking changes nobody's account: a person who has
 * an account sees the invitation once signed in and accepts or declines it; a new person
 * gets an account invitation and joins by accepting it. Invitations expire after
 * {@link MembershipInvitation#VALIDITY}, are answered once, and a requester may send only
 * so many ({@link InvitationQuota}). Audited as {@value #AUDITED_AS}.
 */
@Service
public class OrganizationInvitations {

	public static final String AUDITED_AS = "membership-invitation";

	private final MembershipInvitationDesk desk;

	private final InvitationQuota quota;

	private final AccountManagement accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganizationInvitations(MembershipInvitationDesk desk, InvitationQuota quota, AccountManagement accounts,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.desk = desk;
		this.quota = quota;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Counts a request of the signed-in person to invite someone about a subject, or
	 * refuses it beyond the quota. Call it in a transaction of its own, committed before
	 * {@link #invite}: a concurrent request then waits only for this short one.
	 * @throws org.synergies.shared.TooManyRequestsException beyond the requester's quota
	 */
	@Transactional
	public void admit(String email, @Nullable String message, UUID subjectId) {
		String address = InvitationWords.address(email);
		InvitationWords.message(message);
		this.quota.admit(CurrentUser.require().id(), address, subjectId, now());
	}

	/**
	 * The signed-in person invites someone to join the organization, about a subject of
	 * another module (e.g. {@code "report"} and its id). An address unknown to Synergies
	 * gets an account invitation (with no role: it joins when accepted); a known one is
	 * left as it is.
	 * @param message the requester's own words, shown as theirs (at most
	 * {@value InvitationWords#MESSAGE_LIMIT} characters)
	 * @see #admit
	 */
	@Transactional
	public MembershipInvitationView invite(UUID organization, String email, String name, Language language,
			@Nullable String message, String subjectKind, UUID subjectId) {
		CurrentUser requester = CurrentUser.require();
		String organizationName = this.desk.organizationName(organization)
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, organization));
		String address = InvitationWords.address(email);
		String words = InvitationWords.message(message);
		String displayName = InvitationWords.name(name, address);
		Instant now = now();
		Optional<AccountView> existing = this.accounts.findByEmail(address);
		AccountView invited = existing.orElseGet(() -> this.accounts
			.invite(new AccountDetails(address, displayName, language, Set.of(), Set.of(), null)));
		MembershipInvitation invitation = this.desk
			.save(MembershipInvitation.ask(organization, address, invited.id(), existing.isEmpty(), requester.id(),
					requester.displayName(), words.isEmpty() ? null : words, subjectKind, subjectId, now));
		MembershipInvitationView view = invitation.view(organizationName, now);
		this.audit.record(AUDITED_AS, view.id(), "invitation-asked", null, view);
		return view;
	}

	/** The signed-in person's invitations, newest first. */
	@Transactional(readOnly = true)
	public List<MembershipInvitationView> mine() {
		UUID me = CurrentUser.require().id();
		return this.desk.ofAccount(me).stream().map(found -> this.desk.view(found, now())).toList();
	}

	/** The invitations about a subject (e.g. a report), newest first. */
	@Transactional(readOnly = true)
	public List<MembershipInvitationView> about(String subjectKind, UUID subjectId) {
		return this.desk.about(subjectKind, subjectId).stream().map(found -> this.desk.view(found, now())).toList();
	}

	/**
	 * The signed-in person accepts an invitation made to them, and joins the
	 * organization. Another person's invitation is not found.
	 */
	@Transactional
	public MembershipInvitationView accept(UUID id) {
		CurrentUser me = CurrentUser.require();
		MembershipInvitation invitation = mineToAnswer(id, me);
		return join(invitation, me);
	}

	/** The signed-in person declines an invitation made to them. */
	@Transactional
	public MembershipInvitationView decline(UUID id) {
		CurrentUser me = CurrentUser.require();
		MembershipInvitation invitation = mineToAnswer(id, me);
		Instant now = now();
		invitation.decline(now);
		MembershipInvitationView view = this.desk.view(this.desk.save(invitation), now);
		this.audit.record(AUDITED_AS, id, "invitation-declined", null, view);
		return view;
	}

	/**
	 * A new person accepted the account invitation an invitation to join created: by that
	 * they accept it too (unless it expired meanwhile).
	 */
	@Transactional
	void acceptOnActivation(UUID account) {
		AccountView person = this.accounts.find(account).orElseThrow();
		Instant now = now();
		for (MembershipInvitation invitation : this.desk.ofAccount(account)) {
			if (invitation.newAccount() && invitation.statusAt(now) == InvitationStatus.PENDING) {
				join(invitation, CurrentUser.of(person));
			}
		}
	}

	private MembershipInvitationView join(MembershipInvitation invitation, CurrentUser person) {
		Instant now = now();
		invitation.accept(now);
		MembershipInvitationView view = this.desk.view(this.desk.save(invitation), now);
		boolean member = this.accounts.find(person.id())
			.map(found -> found.organizations().contains(view.organization()))
			.orElse(false);
		if (!member) {
			this.accounts.addMembership(person.id(), view.organization());
		}
		this.audit.recordBy(person, AUDITED_AS, view.id(), "invitation-accepted", null, view);
		this.events.publishEvent(new MembershipInvitationAccepted(view.id(), view.organization(), person.id(),
				view.email(), view.requesterName(), view.subjectKind(), view.subjectId()));
		return view;
	}

	private MembershipInvitation mineToAnswer(UUID id, CurrentUser me) {
		return this.desk.find(id)
			.filter(found -> found.accountId().equals(me.id()))
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
