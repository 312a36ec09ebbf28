package org.synergies.accounts;

import org.synergies.accounts.internal.AccountAccess;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.messaging.Outbox;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
class AccountAccessTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountAccess access;

	@Autowired
	Outbox outbox;

	@Autowired
	TestAccounts fixtures;

	@Test
	void acceptingAnInvitationActivatesTheAccountAndUsesUpTheLink() {
		AccountView invited = this.fixtures.invited(Language.ES, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.linkToken(invited.email());
		assertThat(this.access.isValidInvitation(token)).isTrue();

		AccountView active = this.access.acceptInvitation(token, "una frase bastante larga");

		assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(this.access.isValidInvitation(token)).isFalse();
		assertThatThrownBy(() -> this.access.acceptInvitation(token, "una frase bastante larga"))
			.hasMessage("account.rule.link-invalid");
	}

	@Test
	void resendingAnInvitationVoidsTheEarlierLink() {
		AccountView invited = this.fixtures.invited(Language.EN);
		String first = this.fixtures.linkToken(invited.email());

		this.accounts.resendInvitation(invited.id());

		assertThat(this.access.isValidInvitation(first)).isFalse();
		assertThat(this.access.isValidInvitation(this.fixtures.linkToken(invited.email()))).isTrue();
	}

	@Test
	void anInvitationLinkIsNotAPasswordResetLink() {
		AccountView invited = this.fixtures.invited(Language.EN);
		String token = this.fixtures.linkToken(invited.email());

		assertThat(this.access.isValidPasswordReset(token)).isFalse();
		assertThatThrownBy(() -> this.access.resetPassword(token, "a long enough password"))
			.hasMessage("account.rule.link-invalid");
	}

	@Test
	void aPasswordResetIsMailedInTheAccountsLanguageAndWorksOnce() {
		AccountView account = this.fixtures.active(Language.FR, Role.SECRETARIAT_OFFICER);

		this.access.requestPasswordReset("  " + account.email().toUpperCase() + " ", "10.1.0.1");

		assertThat(this.outbox.sentTo(account.email()).get(0).subject())
			.isEqualTo("Choisissez un nouveau mot de passe pour Synergies");
		String token = this.fixtures.linkToken(account.email());
		this.access.resetPassword(token, "un nouveau mot de passe");
		// the notice is written after commit, on another thread (PasswordChanged)
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.outbox.sentTo(account.email()).get(0).subject())
				.isEqualTo("Votre mot de passe Synergies a été changé"));
		assertThatThrownBy(() -> this.access.resetPassword(token, "encore un autre mot de passe"))
			.hasMessage("account.rule.link-invalid");
	}

	@Test
	void aResetForAnUnknownOrInvitedAddressSendsNothing() {
		AccountView invited = this.fixtures.invited(Language.EN);
		int before = this.outbox.sentTo(invited.email()).size();

		this.access.requestPasswordReset("nobody-" + invited.email(), "10.1.0.2");
		this.access.requestPasswordReset(invited.email(), "10.1.0.2");

		assertThat(this.outbox.sentTo("nobody-" + invited.email())).isEmpty();
		assertThat(this.outbox.sentTo(invited.email())).hasSize(before);
	}

	@Test
	void theNewPasswordFollowsThePolicy() {
		AccountView invited = this.accounts
			.invite(new AccountDetails(TestAccounts.uniqueEmail("policy"), "P", Language.EN, Set.of(), Set.of(), null));
		String token = this.fixtures.linkToken(invited.email());

		assertThatThrownBy(() -> this.access.acceptInvitation(token, "too short"))
			.hasMessage("password.rule.too-short");
		assertThatThrownBy(() -> this.access.acceptInvitation(token, invited.email()))
			.hasMessage("password.rule.is-email");
		assertThatThrownBy(() -> this.access.acceptInvitation(token, "x".repeat(129)))
			.hasMessage("password.rule.too-long");
		assertThat(this.access.isValidInvitation(token)).as("a refused password leaves the link usable").isTrue();
	}

}
