package org.synergies.reporting.internal;

import org.synergies.reporting.CycleView;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.organizations.MembershipInvitationView;
import org.synergies.organizations.OrganizationInvitations;
import org.synergies.organizations.OrganizationMail;
import org.synergies.shared.Language;
import org.synergies.meetings.MeetingNames;

/**
 * A reporter asks a colleague to contribute: the colleague is invited to join the
 * organization and, once they accept, is a member and a contributor of the report.
 */
@Component
class ColleagueRequests {

	private final OrganizationInvitations invitations;

	private final AccountManagement accounts;

	private final OrganizationMail mail;

	private final TransactionTemplate transactions;

	private final ReportingSteps steps;

	private final ReportDeadlines deadlines;

	private final MeetingNames meetings;

	ColleagueRequests(OrganizationInvitations invitations, AccountManagement accounts, OrganizationMail mail,
			PlatformTransactionManager transactions, ReportingSteps steps, ReportDeadlines deadlines,
			MeetingNames meetings) {
		this.meetings = meetings;
		this.steps = steps;
		this.deadlines = deadlines;
		this.invitations = invitations;
		this.accounts = accounts;
		this.mail = mail;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Invites the colleague while the report may be saved: checked before the quota and
	 * again in the invitation's own transaction.
	 */
	MembershipInvitationView ask(UUID id, String email, @Nullable String name, Language language,
			@Nullable String message) {
		load(id).require();
		// the quota's own short transaction first: concurrent requests wait only for it
		this.invitations.admit(email, message, id);
		MembershipInvitationView invitation = this.transactions
			.execute(status -> invite(load(id), email, name, language, message));
		return Objects.requireNonNull(invitation);
	}

	/** The invitations to contribute to the report, newest first. */
	List<MembershipInvitationView> invitations(UUID id) {
		return this.invitations.about(Reports.REPORT_SUBJECT, id);
	}

	private Loaded load(UUID id) {
		Report report = this.steps.report(id);
		CycleView cycle = this.deadlines.cycleOf(report);
		return new Loaded(report, cycle, this.deadlines.of(cycle, report.organizationId()));
	}

	/** A report with its cycle and the deadline that applies to it today. */
	private record Loaded(Report report, CycleView cycle, ReportingDeadline deadline) {

		void require() {
			this.report.require(ReportAction.SAVE, this.deadline);
		}

	}

	private MembershipInvitationView invite(Loaded loaded, String email, @Nullable String name, Language language,
			@Nullable String message) {
		loaded.require();
		Report report = loaded.report();
		MembershipInvitationView invitation = this.invitations.invite(report.organizationId(), email,
				name == null ? "" : name, language, message, Reports.REPORT_SUBJECT, report.id());
		AccountView colleague = this.accounts.find(invitation.account()).orElseThrow();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("meeting", this.meetings.the(loaded.cycle().meetingCode()));
		variables.put("deadline", loaded.deadline().closesOn());
		variables.put("asker", invitation.requesterName());
		variables.put("quoted", quoted(invitation.message()));
		variables.put("newAccount", invitation.newAccount());
		variables.put("expires", LocalDate.ofInstant(invitation.expiresAt(), ZoneOffset.UTC));
		this.mail.sendTo(colleague, report.organizationId(), "reporting-colleague", "/account/invitations", variables,
				List.of());
		return invitation;
	}

	/** The requester's words, each line quoted as in a reply, so they read as theirs. */
	private static String quoted(@Nullable String message) {
		if (message == null || message.isBlank()) {
			return "";
		}
		return message.lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
	}

}
