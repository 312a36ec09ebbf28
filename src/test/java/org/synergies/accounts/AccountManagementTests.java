package org.synergies.accounts;

import org.synergies.accounts.internal.AccountAccess;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
class AccountManagementTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountAccess access;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts fixtures;

	@Test
	void invitingCreatesAnInvitedAccountAndWritesToThePersonInTheirLanguage() {
		String email = TestAccounts.uniqueEmail("invitee");
		AccountView invited = this.accounts.invite(new AccountDetails(email, "Élodie Martin", Language.FR,
				Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null));

		assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
		SentMail mail = this.outbox.sentTo(email).get(0);
		assertThat(mail.language()).isEqualTo(Language.FR);
		assertThat(mail.subject()).isEqualTo("Votre invitation à Synergies");
		assertThat(mail.body()).contains("Bonjour Élodie Martin").doesNotContain("token=");
		assertThat(mail.carriesSecret()).as("the link went to the person, not into the outbox").isTrue();
		assertThat(this.audit.historyOf(AccountManagement.AUDITED_AS, invited.id())).extracting(AuditEntry::action)
			.containsExactly("invited");
	}

	@Test
	void refusesASecondAccountWithTheSameAddressInAnyCase() {
		String email = TestAccounts.uniqueEmail("twice");
		this.accounts.invite(new AccountDetails(email, "First", Language.EN, Set.of(), Set.of(), null));

		assertThatThrownBy(() -> this.accounts
			.invite(new AccountDetails(email.toUpperCase(), "Second", Language.EN, Set.of(), Set.of(), null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("account.rule.email-taken");
	}

	@Test
	void anOrganizationMemberNeedsAnOrganizationAndAFocalPointACountry() {
		assertThatThrownBy(() -> this.accounts.invite(new AccountDetails(TestAccounts.uniqueEmail("m"), "M",
				Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(), null)))
			.hasMessage("account.rule.member-needs-organization");
		assertThatThrownBy(() -> this.accounts.invite(new AccountDetails(TestAccounts.uniqueEmail("f"), "F",
				Language.EN, Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(), null)))
			.hasMessage("account.rule.focal-point-needs-country");
	}

	@Test
	void scopesWithoutTheirRoleAreDropped() {
		AccountView account = this.accounts.invite(new AccountDetails(TestAccounts.uniqueEmail("scoped"), "S",
				Language.EN, Set.of(Role.SECRETARIAT_OFFICER), Set.of(UUID.randomUUID()), CountryCode.of("FR")));

		assertThat(account.organizations()).isEmpty();
		assertThat(account.country()).isNull();
	}

	@Test
	void anEditOverANewerVersionIsRefusedAndNothingIsLost() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		AccountDetails first = new AccountDetails(account.email(), "First edit", Language.EN, account.roles(), Set.of(),
				null);
		AccountDetails second = new AccountDetails(account.email(), "Second edit", Language.ES, account.roles(),
				Set.of(), null);
		this.accounts.update(account.id(), account.version(), first);

		assertThatThrownBy(() -> this.accounts.update(account.id(), account.version(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.accounts.find(account.id()).orElseThrow().displayName()).isEqualTo("First edit");
	}

	@Test
	void auditsEveryUpdateWithTheValuesBeforeAndAfter() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.accounts.update(account.id(), account.version(), new AccountDetails(account.email(), "Renamed",
				Language.ES, Set.of(Role.STANDING_COMMITTEE_MEMBER), Set.of(), null));

		AuditEntry update = this.audit.historyOf(AccountManagement.AUDITED_AS, account.id()).get(0);
		assertThat(update.action()).isEqualTo("updated");
		assertThat(update.changes()).extracting(AuditEntry.FieldChange::field)
			.contains("displayName", "language", "roles");
		assertThat(update.changes()).filteredOn(change -> change.field().equals("displayName"))
			.singleElement()
			.satisfies(change -> {
				assertThat(change.before()).isEqualTo(account.displayName());
				assertThat(change.after()).isEqualTo("Renamed");
			});
	}

	@Test
	void theLastActiveAdministratorCannotBeDisabledOrDemoted() {
		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		// other tests may have created administrators: disable every other one first
		this.accounts.list(new AccountFilter(null, Role.SECRETARIAT_ADMIN, AccountStatus.ACTIVE), 0, 1000)
			.accounts()
			.stream()
			.filter(other -> !other.id().equals(admin.id()))
			.forEach(other -> this.accounts.disable(other.id()));

		assertThatThrownBy(() -> this.accounts.disable(admin.id())).hasMessage("account.rule.last-administrator");
		assertThatThrownBy(
				() -> this.accounts.update(admin.id(), admin.version(),
						new AccountDetails(admin.email(), admin.displayName(), Language.EN,
								Set.of(Role.SECRETARIAT_OFFICER), Set.of(), null)))
			.hasMessage("account.rule.last-administrator");
	}

	@Test
	void disablingAndEnablingAreStateChangesWithTheirRules() {
		AccountView account = this.fixtures.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);

		assertThat(this.accounts.disable(account.id()).status()).isEqualTo(AccountStatus.DISABLED);
		assertThatThrownBy(() -> this.accounts.disable(account.id())).hasMessage("account.rule.already-disabled");
		assertThat(this.accounts.enable(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
		assertThatThrownBy(() -> this.accounts.enable(account.id())).hasMessage("account.rule.not-disabled");
	}

	@Test
	void membershipsAddTheMemberRoleAndRemovingTheLastOneRemovesIt() {
		AccountView account = this.fixtures.active(Language.EN);
		UUID organization = UUID.randomUUID();

		AccountView member = this.accounts.addMembership(account.id(), organization);
		assertThat(member.roles()).contains(Role.ORGANIZATION_MEMBER);
		assertThat(this.accounts.membersOf(organization)).extracting(AccountView::id).containsExactly(account.id());

		AccountView former = this.accounts.removeMembership(account.id(), organization);
		assertThat(former.roles()).doesNotContain(Role.ORGANIZATION_MEMBER);
		assertThat(this.accounts.membersOf(organization)).isEmpty();
	}

	@Test
	void changingOnesPasswordNeedsTheCurrentOneAndFollowsThePolicy() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThatThrownBy(
				() -> this.accounts.changePassword(account.id(), "wrong password!", "a new long password", null))
			.hasMessage("password.rule.current-wrong");
		assertThatThrownBy(() -> this.accounts.changePassword(account.id(), TestAccounts.PASSWORD, "short", null))
			.hasMessage("password.rule.too-short");
		this.accounts.changePassword(account.id(), TestAccounts.PASSWORD, "a new long password", null);
	}

}
