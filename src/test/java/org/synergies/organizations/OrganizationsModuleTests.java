package org.synergies.organizations;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.synergies.accounts.AccountActivated;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organizations module with what it depends on: merging and accepting an invitation
 * are published facts; invitations follow a merge; a person invited to join who activates
 * their account joins. Scenarios run in the application context the other tests share: a
 * module test of its own would start one more (docs/testing.md).
 */
@SpringBootTest
@EnableScenarios
class OrganizationsModuleTests {

	static final String SUBJECT = "report";

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	OrganizationInvitations invitations;

	@Autowired
	AccountManagement accountManagement;

	@Test
	void mergingPublishesOrganizationsMergedAndWaitingInvitationsFollowToTheSurvivor(Scenario scenario) {
		OrganizationView survivor = this.fixtures.ngo();
		OrganizationView duplicate = this.fixtures.ngo();
		UUID subject = UUID.randomUUID();
		MembershipInvitationView waiting = invite(duplicate, TestAccounts.uniqueEmail("colleague"), subject);

		scenario.stimulate(() -> this.organizations.merge(survivor.id(), duplicate.id()))
			.andWaitForEventOfType(OrganizationsMerged.class)
			.matching(event -> event.merged().equals(duplicate.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.survivor()).isEqualTo(survivor.id());
				assertThat(this.invitations.about(SUBJECT, subject)).singleElement().satisfies(invitation -> {
					assertThat(invitation.id()).isEqualTo(waiting.id());
					assertThat(invitation.organization()).isEqualTo(survivor.id());
					assertThat(invitation.isPending()).isTrue();
				});
			});
	}

	@Test
	void acceptingAnInvitationPublishesMembershipInvitationAcceptedAndThePersonJoins(Scenario scenario) {
		OrganizationView organization = this.fixtures.ngo();
		AccountView colleague = this.accounts.active(Language.EN);
		UUID subject = UUID.randomUUID();
		MembershipInvitationView invitation = invite(organization, colleague.email(), subject);

		scenario.stimulate(() -> TestAccounts.runAs(colleague, () -> this.invitations.accept(invitation.id())))
			.andWaitForEventOfType(MembershipInvitationAccepted.class)
			.matching(event -> event.invitation().equals(invitation.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.organization()).isEqualTo(organization.id());
				assertThat(event.account()).isEqualTo(colleague.id());
				assertThat(event.subjectKind()).isEqualTo(SUBJECT);
				assertThat(event.subjectId()).isEqualTo(subject);
				assertThat(this.accountManagement.find(colleague.id()).orElseThrow().organizations())
					.contains(organization.id());
			});
	}

	@Test
	void aNewPersonInvitedToJoinJoinsWhenTheirAccountIsActivated(Scenario scenario) {
		OrganizationView organization = this.fixtures.ngo();
		UUID subject = UUID.randomUUID();
		MembershipInvitationView invitation = invite(organization, TestAccounts.uniqueEmail("newcomer"), subject);
		assertThat(invitation.newAccount()).isTrue();

		scenario.publish(new AccountActivated(invitation.account()))
			.andWaitForStateChange(() -> this.invitations.about(SUBJECT, subject).get(0).status(),
					status -> status == InvitationStatus.ACCEPTED)
			.andVerify(status -> assertThat(
					this.accountManagement.find(invitation.account()).orElseThrow().organizations())
				.containsExactly(organization.id()));
	}

	/** An organization's member invites someone to join it, about a report. */
	private MembershipInvitationView invite(OrganizationView organization, String email, UUID subject) {
		AccountView requester = this.accounts.active(Language.EN, Role.ORGANIZATION_MEMBER);
		return TestAccounts.runAs(requester, () -> this.invitations.invite(organization.id(), email, "A Colleague",
				Language.EN, "Please help with our report.", SUBJECT, subject));
	}

}
