package org.synergies.accounts;

import org.synergies.accounts.internal.AccountAccess;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestEvents;
import org.synergies.system.LanguageChosen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The accounts module with what it depends on: a changed password is a published fact and
 * its notice is written after commit; an activated account is announced; the language a
 * person chooses in the interface becomes their account's.
 */
@SpringBootTest
@EnableScenarios
class AccountsModuleTests {

	static final String NEW_PASSWORD = "a brand new pass phrase";

	@Autowired
	TestAccounts fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountAccess access;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestEvents listeners;

	@Test
	void changingAPasswordPublishesPasswordChangedAndTheNoticeIsQueuedAfterCommit(Scenario scenario) {
		AccountView account = this.fixtures.active(Language.FR, Role.SECRETARIAT_OFFICER);

		scenario
			.stimulate(() -> TestAccounts.runAs(account,
					() -> this.accounts.changePassword(account.id(), TestAccounts.PASSWORD, NEW_PASSWORD, null)))
			.andWaitForEventOfType(PasswordChanged.class)
			.matching(event -> event.account().equals(account.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.reset()).isFalse();
				assertThat(event.version()).isGreaterThan(account.version());
			});
		assertThat(await().until(() -> notices(account), mails -> !mails.isEmpty())).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("Vos jetons d’API ont été révoqués"));
		assertThat(storedEventsOf(account)).as("the stored event carries no secret")
			.isNotEmpty()
			.noneMatch(serialized -> serialized.contains(NEW_PASSWORD) || serialized.contains(account.email()));
	}

	@Test
	void aPasswordChangeRolledBackSendsNoNotice() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		this.transactions.executeWithoutResult(status -> {
			TestAccounts.runAs(account,
					() -> this.accounts.changePassword(account.id(), TestAccounts.PASSWORD, NEW_PASSWORD, null));
			status.setRollbackOnly();
		});

		this.listeners.settle();
		assertThat(notices(account)).isEmpty();
		assertThat(storedEventsOf(account)).isEmpty();
	}

	@Test
	void activatingAnAccountPublishesAccountActivated(Scenario scenario) {
		AccountView invited = this.fixtures.invited(Language.EN);
		String token = this.fixtures.linkToken(invited.email());

		scenario.stimulate(() -> this.access.acceptInvitation(token, TestAccounts.PASSWORD))
			.andWaitForEventOfType(AccountActivated.class)
			.matching(event -> event.account().equals(invited.id()))
			.toArriveAndVerify(event -> assertThat(this.accounts.find(invited.id()).orElseThrow().status())
				.isEqualTo(AccountStatus.ACTIVE));
	}

	@Test
	void aLanguageChosenInTheInterfaceBecomesTheAccountsLanguage(Scenario scenario) {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		scenario.publish(new LanguageChosen(account.id(), Language.ES))
			.andWaitForStateChange(() -> this.accounts.find(account.id()).orElseThrow().language(),
					language -> language == Language.ES)
			.andVerify(language -> assertThat(language).isEqualTo(Language.ES));
	}

	private List<SentMail> notices(AccountView account) {
		return this.outbox.sentTo(account.email())
			.stream()
			.filter(mail -> mail.template().equals("password-changed"))
			.toList();
	}

	private List<String> storedEventsOf(AccountView account) {
		return this.jdbc
			.sql("SELECT serialized_event FROM event_publication WHERE event_type LIKE '%PasswordChanged'"
					+ " AND serialized_event LIKE :id")
			.param("id", "%" + account.id() + "%")
			.query(String.class)
			.list();
	}

}
